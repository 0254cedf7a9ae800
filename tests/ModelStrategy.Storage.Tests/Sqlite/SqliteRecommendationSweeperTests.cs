using Microsoft.Data.Sqlite;
using ModelStrategy.Storage.Sqlite;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Sqlite;

/// <summary>The SQLite retention sweep: expired rows go in small batches through the index, and the space comes back.</summary>
public sealed class SqliteRecommendationSweeperTests : IDisposable
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);
    private readonly TempDatabase _db = new(retention: Retention);

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task SweepAsync_ExpiredAndFreshRows_DeletesOnlyTheExpiredInBatchesOfAtMostTheBatchSize()
    {
        // Arrange: 600 made before the retention window, 10 inside it
        var now = _db.Clock.GetUtcNow();
        await SaveAsync("old", 600, now - Retention - TimeSpan.FromMinutes(5));
        await SaveAsync("fresh", 10, now - Retention + TimeSpan.FromMinutes(5));

        // Act
        var result = await _db.Sweeper.SweepAsync(CancellationToken.None);

        // Assert: 256 + 256 + 88
        Assert.Equal((600, 3), (result.Deleted, result.Batches));
        Assert.Equal(10L, await StoreQueries.CountRowsAsync(_db.Database));
        Assert.NotNull(await _db.Store.GetAsync("fresh-0", CancellationToken.None));
    }

    [Fact]
    public async Task SweepAsync_NothingExpired_DeletesNothingInOneBatch()
    {
        // Arrange
        await SaveAsync("fresh", 5, _db.Clock.GetUtcNow());

        // Act
        var result = await _db.Sweeper.SweepAsync(CancellationToken.None);

        // Assert
        Assert.Equal(new SweepResult(0, 1, 0), result);
        Assert.Equal(5L, await StoreQueries.CountRowsAsync(_db.Database));
    }

    [Fact]
    public async Task SweepAsync_ClockMovesOn_RowsGoOnceTheirRetentionHasPassed()
    {
        // Arrange
        await SaveAsync("day-one", 3, _db.Clock.GetUtcNow());
        _db.Clock.Advance(TimeSpan.FromHours(12));
        await SaveAsync("day-one-noon", 2, _db.Clock.GetUtcNow());

        // Act
        _db.Clock.Advance(TimeSpan.FromHours(12));
        var first = await _db.Sweeper.SweepAsync(CancellationToken.None);
        _db.Clock.Advance(TimeSpan.FromHours(12));
        var second = await _db.Sweeper.SweepAsync(CancellationToken.None);

        // Assert
        Assert.Equal((3, 2), (first.Deleted, second.Deleted));
    }

    [Fact]
    public async Task SweepAsync_NewFile_HandsTheFreedPagesBackToTheFileSystem()
    {
        // Arrange
        await SaveAsync("old", 300, _db.Clock.GetUtcNow() - Retention);
        var pagesBefore = (long)(await StoreQueries.ScalarAsync(_db.Database, "PRAGMA page_count;"))!;

        // Act
        var result = await _db.Sweeper.SweepAsync(CancellationToken.None);

        // Assert
        Assert.Equal(2L, await StoreQueries.ScalarAsync(_db.Database, "PRAGMA auto_vacuum;")); // 2 = INCREMENTAL
        Assert.Equal(0L, await StoreQueries.ScalarAsync(_db.Database, "PRAGMA freelist_count;"));
        var pagesAfter = (long)(await StoreQueries.ScalarAsync(_db.Database, "PRAGMA page_count;"))!;
        Assert.True(result.PagesReclaimed > 0 && pagesAfter <= pagesBefore - result.PagesReclaimed,
            $"reclaimed {result.PagesReclaimed}, pages {pagesBefore} → {pagesAfter}");
    }

    [Fact]
    public async Task DeleteBatch_QueryPlan_UsesTheCreatedAtIndex()
    {
        // Arrange
        await SaveAsync("any", 1, _db.Clock.GetUtcNow());

        // Act
        await using var connection = await _db.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN SELECT rowid FROM recommendations WHERE created_at <= '2026' ORDER BY created_at LIMIT 256;";
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        // Assert
        Assert.Contains(plan, step => step.Contains("INDEX recommendations_by_created_at", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    private async Task SaveAsync(string prefix, int count, DateTimeOffset createdAt)
    {
        for (var i = 0; i < count; i++)
        {
            await _db.Store.SaveAsync(SampleRecommendations.Create($"{prefix}-{i}", createdAt: createdAt), CancellationToken.None);
        }
    }
}

/// <summary>A database file made by a build without retention opens, keeps its rows and is swept.</summary>
public sealed class SqliteRecommendationMigrationTests : IDisposable
{
    private readonly TempDatabase _db = new(retention: TimeSpan.FromDays(90));

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task OpenAsync_FileFromBeforeRetention_AddsTheIndexKeepsRowsAndSweepsTheExpired()
    {
        // Arrange: the schema and row format of the previous release, no created_at index, auto_vacuum off
        var recent = SampleRecommendations.Create("recent", createdAt: _db.Clock.GetUtcNow() - TimeSpan.FromDays(10));
        var ancient = SampleRecommendations.Create("ancient", createdAt: _db.Clock.GetUtcNow() - TimeSpan.FromDays(200));
        Directory.CreateDirectory(_db.Root);
        await using (var old = new SqliteConnection($"Data Source={_db.FilePath};Pooling=False"))
        {
            await old.OpenAsync();
            await using var command = old.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode=WAL;
                CREATE TABLE recommendations (id TEXT NOT NULL PRIMARY KEY, created_at TEXT NOT NULL, json TEXT NOT NULL);
                INSERT INTO recommendations VALUES ($r, $rAt, $rJson), ($a, $aAt, $aJson);
                """;
            command.Parameters.AddWithValue("$r", recent.Id);
            command.Parameters.AddWithValue("$rAt", recent.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$rJson", System.Text.Json.JsonSerializer.Serialize(recent, Core.Recommendations.RecommendationJson.Options));
            command.Parameters.AddWithValue("$a", ancient.Id);
            command.Parameters.AddWithValue("$aAt", ancient.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$aJson", System.Text.Json.JsonSerializer.Serialize(ancient, Core.Recommendations.RecommendationJson.Options));
            await command.ExecuteNonQueryAsync();
        }

        // Act
        var before = (await _db.Store.GetAsync("recent", CancellationToken.None))?.Id;
        var index = await StoreQueries.ScalarAsync(_db.Database, "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'recommendations_by_created_at';");
        var swept = await _db.Sweeper.SweepAsync(CancellationToken.None);

        // Assert
        Assert.Equal("recent", before);
        Assert.Equal("recommendations_by_created_at", index);
        Assert.Equal(1, swept.Deleted);
        Assert.Equal(0L, await StoreQueries.ScalarAsync(_db.Database, "PRAGMA auto_vacuum;")); // unchanged: needs a VACUUM
        Assert.Equal("recent", (await _db.Store.GetAsync("recent", CancellationToken.None))?.Id);
        Assert.Null(await _db.Store.GetAsync("ancient", CancellationToken.None));
    }
}
