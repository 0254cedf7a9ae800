using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Core.DependencyInjection;
using ModelStrategy.Core.Paths;
using ModelStrategy.Storage.Sqlite;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Sqlite;

/// <summary>
/// Group commit: saves queue up while another writer holds the database's write turn (as under load), then share
/// one transaction. Holding the turn in the test makes the batches deterministic without any timing.
/// </summary>
public sealed class SqliteWriterTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task SaveAsync_ManyQueuedWhileTheWriteTurnIsTaken_CommitsThemInOneTransaction()
    {
        // Arrange
        await PrimeAsync();
        var before = _db.Writer.BatchesCommitted;
        var ids = Enumerable.Range(0, 40).Select(i => $"queued-{i}").ToArray();

        // Act
        Task[] saves;
        using (await _db.Database.EnterWriteAsync(CancellationToken.None))
        {
            saves = [.. ids.Select(id => _db.Store.SaveAsync(SampleRecommendations.Create(id), CancellationToken.None))];
            Assert.Equal(ids.Length, _db.Writer.Queued);
            Assert.DoesNotContain(saves, s => s.IsCompleted); // Nothing is acknowledged before its commit.
        }

        await Task.WhenAll(saves);

        // Assert
        Assert.Equal(before + 1, _db.Writer.BatchesCommitted);
        Assert.Equal(ids.Length + 1L, await StoreQueries.CountRowsAsync(_db.Database));
    }

    [Fact]
    public async Task SaveAsync_Utf8Json_IsStoredCompressedAndDecompressesToExactlyTheJsonGiven()
    {
        // Arrange: a full recommendation from the real engine (defaults only), as the API stores it.
        using var services = new ServiceCollection().AddModelStrategyCore().BuildServiceProvider();
        var recommendation = services.GetRequiredService<Core.Recommendations.RecommendationService>().Recommend(new Core.Constraints.ProjectConstraints());
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(recommendation, Core.Recommendations.RecommendationJson.Options);

        // Act
        await _db.Store.SaveAsync(recommendation, json, CancellationToken.None);

        // Assert: a zlib BLOB well under half the JSON's size, which inflates back to the JSON byte for byte.
        Assert.Equal("blob", await StoreQueries.ScalarAsync(_db.Database, "SELECT typeof(json) FROM recommendations;"));
        var stored = Assert.IsType<byte[]>(await StoreQueries.ScalarAsync(_db.Database, "SELECT json FROM recommendations;"));
        Assert.True(stored.Length * 2 < json.Length, $"{stored.Length} stored bytes for {json.Length} bytes of JSON");
        Assert.Equal(json, CompressedJson.Decompress(stored));
    }

    [Fact]
    public async Task GetAsync_TextRowFromBeforeCompression_ReadsAsBefore()
    {
        // Arrange: a row as versions before compression wrote it (plain JSON TEXT).
        var recommendation = SampleRecommendations.Create("old-text-row");
        var json = System.Text.Json.JsonSerializer.Serialize(recommendation, Core.Recommendations.RecommendationJson.Options);
        await using (var connection = await _db.Database.OpenAsync(CancellationToken.None))
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO recommendations (id, created_at, json) VALUES ($id, $createdAt, $json);";
            insert.Parameters.AddWithValue("$id", recommendation.Id);
            insert.Parameters.AddWithValue("$createdAt", recommendation.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$json", json);
            await insert.ExecuteNonQueryAsync();
        }

        // Act
        var read = await _db.Store.GetAsync(recommendation.Id, CancellationToken.None);

        // Assert
        Assert.NotNull(read);
        Assert.Equal(json, System.Text.Json.JsonSerializer.Serialize(read, Core.Recommendations.RecommendationJson.Options));
    }

    [Fact]
    public async Task GetAsync_DamagedBlob_FailsLoudlyInsteadOfReturningAnotherRecommendation()
    {
        // Arrange: a stored row whose bytes were damaged on disk.
        var recommendation = SampleRecommendations.Create("damaged-row");
        await _db.Store.SaveAsync(recommendation, CancellationToken.None);
        await using (var connection = await _db.Database.OpenAsync(CancellationToken.None))
        await using (var damage = connection.CreateCommand())
        {
            damage.CommandText = "UPDATE recommendations SET json = zeroblob(64) WHERE id = $id;";
            damage.Parameters.AddWithValue("$id", recommendation.Id);
            await damage.ExecuteNonQueryAsync();
        }

        // Act + Assert
        await Assert.ThrowsAsync<InvalidDataException>(() => _db.Store.GetAsync(recommendation.Id, CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_ThreeHundredConcurrentCallers_EveryRowReadableAfterItsSave()
    {
        // Arrange
        var ids = Enumerable.Range(0, 300).Select(i => $"concurrent-{i}").ToArray();

        // Act: each caller reads its row back as soon as its own save has completed.
        var loaded = await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            await _db.Store.SaveAsync(SampleRecommendations.Create(id), CancellationToken.None);
            return await _db.Store.GetAsync(id, CancellationToken.None);
        })));

        // Assert
        Assert.Equal(ids, loaded.Select(r => r?.Id));
        Assert.InRange(_db.Writer.BatchesCommitted, 1, ids.Length);
    }

    [Fact]
    public async Task SaveAsync_OneRowFailsInABatch_OnlyItsCallerGetsTheError()
    {
        // Arrange: a trigger makes SQLite itself refuse one id.
        await StoreQueries.ExecuteAsync(_db.Database, """
            CREATE TRIGGER refuse_poison BEFORE INSERT ON recommendations WHEN NEW.id = 'poison'
            BEGIN SELECT RAISE(ABORT, 'poison refused'); END;
            """);

        // Act
        Task first, poison, last;
        using (await _db.Database.EnterWriteAsync(CancellationToken.None))
        {
            first = _db.Store.SaveAsync(SampleRecommendations.Create("first"), CancellationToken.None);
            poison = _db.Store.SaveAsync(SampleRecommendations.Create("poison"), CancellationToken.None);
            last = _db.Store.SaveAsync(SampleRecommendations.Create("last"), CancellationToken.None);
        }

        var error = await Assert.ThrowsAsync<SqliteException>(() => poison);
        await Task.WhenAll(first, last);

        // Assert
        Assert.Contains("poison refused", error.Message, StringComparison.Ordinal);
        Assert.NotNull(await _db.Store.GetAsync("first", CancellationToken.None));
        Assert.NotNull(await _db.Store.GetAsync("last", CancellationToken.None));
        Assert.Null(await _db.Store.GetAsync("poison", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_WholeBatchFails_EveryCallerGetsTheErrorAndLaterSavesWork()
    {
        // Arrange: the writer has prepared its statement; then the table disappears.
        await PrimeAsync();
        await StoreQueries.ExecuteAsync(_db.Database, "ALTER TABLE recommendations RENAME TO parked;");

        // Act
        Task[] failed;
        using (await _db.Database.EnterWriteAsync(CancellationToken.None))
        {
            failed = [.. Enumerable.Range(0, 3).Select(i => _db.Store.SaveAsync(SampleRecommendations.Create($"lost-{i}"), CancellationToken.None))];
        }

        var errors = await Task.WhenAll(failed.Select(save => Assert.ThrowsAsync<SqliteException>(() => save)));
        await StoreQueries.ExecuteAsync(_db.Database, "ALTER TABLE parked RENAME TO recommendations;");
        await _db.Store.SaveAsync(SampleRecommendations.Create("after"), CancellationToken.None);

        // Assert
        Assert.All(errors, e => Assert.Contains("no such table", e.Message, StringComparison.Ordinal));
        Assert.NotNull(await _db.Store.GetAsync("after", CancellationToken.None));
        Assert.Null(await _db.Store.GetAsync("lost-0", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_SameIdTwiceInOneBatch_TheLaterSaveWins()
    {
        // Act
        Task[] saves;
        using (await _db.Database.EnterWriteAsync(CancellationToken.None))
        {
            saves =
            [
                _db.Store.SaveAsync(SampleRecommendations.Create("twice", PathId.Rag), CancellationToken.None),
                _db.Store.SaveAsync(SampleRecommendations.Create("other", PathId.Prompting), CancellationToken.None),
                _db.Store.SaveAsync(SampleRecommendations.Create("twice", PathId.Peft), CancellationToken.None),
            ];
        }

        await Task.WhenAll(saves);

        // Assert
        Assert.Equal(PathId.Peft, (await _db.Store.GetAsync("twice", CancellationToken.None))?.Path);
        Assert.Equal(2L, await StoreQueries.CountRowsAsync(_db.Database));
    }

    [Fact]
    public async Task SaveAsync_CancelledBeforeItsBatch_IsNotWrittenAndTheOthersAre()
    {
        // Arrange
        using var cancellation = new CancellationTokenSource();

        // Act
        Task kept, cancelled;
        using (await _db.Database.EnterWriteAsync(CancellationToken.None))
        {
            cancelled = _db.Store.SaveAsync(SampleRecommendations.Create("cancelled"), cancellation.Token);
            kept = _db.Store.SaveAsync(SampleRecommendations.Create("kept"), CancellationToken.None);
            await cancellation.CancelAsync();
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        await kept;

        // Assert
        Assert.Null(await _db.Store.GetAsync("cancelled", CancellationToken.None));
        Assert.NotNull(await _db.Store.GetAsync("kept", CancellationToken.None));
    }

    [Fact]
    public async Task DisposeAsync_RowsStillQueued_WritesThemAllThenRefusesNewOnes()
    {
        // Arrange
        var ids = Enumerable.Range(0, 10).Select(i => $"draining-{i}").ToArray();

        // Act
        Task[] saves;
        Task shutdown;
        using (await _db.Database.EnterWriteAsync(CancellationToken.None))
        {
            saves = [.. ids.Select(id => _db.Store.SaveAsync(SampleRecommendations.Create(id), CancellationToken.None))];
            shutdown = _db.Writer.DisposeAsync().AsTask();
            Assert.False(shutdown.IsCompleted);
        }

        await shutdown;

        // Assert: every row was committed by the time shutdown finished, and each caller heard so.
        Assert.Equal(ids.Length, await StoreQueries.CountRowsAsync(_db.Database));
        await Task.WhenAll(saves);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => _db.Store.SaveAsync(SampleRecommendations.Create("late"), CancellationToken.None));
    }

    [Fact]
    public async Task ExecuteAsync_QueueFull_CallerWaitsForRoomAndCanGiveUp()
    {
        // Arrange: a writer with room for two statements.
        await using var writer = new SqliteWriter(_db.Database, queueCapacity: 2);
        using var cancellation = new CancellationTokenSource();
        var json = "{}"u8.ToArray();

        // Act
        Task first, second, third;
        using (await _db.Database.EnterWriteAsync(CancellationToken.None))
        {
            first = writer.ExecuteAsync(RawInsert, ["one", "2025-01-01T00:00:00.0000000+00:00", json], CancellationToken.None);
            second = writer.ExecuteAsync(RawInsert, ["two", "2025-01-01T00:00:00.0000000+00:00", json], CancellationToken.None);
            third = writer.ExecuteAsync(RawInsert, ["three", "2025-01-01T00:00:00.0000000+00:00", json], cancellation.Token);
            Assert.Equal(2, writer.Queued);
            await cancellation.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => third);
            Assert.False(first.IsCompleted || second.IsCompleted);
        }

        await Task.WhenAll(first, second);

        // Assert
        Assert.Equal(2L, await StoreQueries.CountRowsAsync(_db.Database));
    }

    [Fact]
    public async Task ExecuteAsync_StatementsOfDifferentTablesInOneBatch_EachGetsItsOwnRowCountAndOneTransactionHoldsThem()
    {
        // Arrange: a key claimed twice and a conditional update that matches nothing, queued behind the write turn.
        await PrimeAsync();
        var before = _db.Writer.BatchesCommitted;
        var claim = new SqliteStatement("INSERT INTO deliveries (delivery_key, expires_at) VALUES ($key, 1) ON CONFLICT (delivery_key) DO NOTHING;", 1, "$key");
        var touch = new SqliteStatement("UPDATE deliveries SET expires_at = 2 WHERE delivery_key = $key;", 1, "$key");

        // Act
        Task<int>[] writes;
        using (await _db.Database.EnterWriteAsync(CancellationToken.None))
        {
            writes =
            [
                _db.Writer.ExecuteAsync(claim, ["k"], CancellationToken.None),
                _db.Writer.ExecuteAsync(claim, ["k"], CancellationToken.None),
                _db.Writer.ExecuteAsync(touch, ["absent"], CancellationToken.None),
                _db.Writer.ExecuteAsync(RawInsert, ["row", "2025-01-01T00:00:00.0000000+00:00", "{}"u8.ToArray()], CancellationToken.None),
            ];
        }

        var changed = await Task.WhenAll(writes);

        // Assert: the second claim saw the first one, within the same transaction.
        Assert.Equal([1, 0, 0, 1], changed);
        Assert.Equal(before + 1, _db.Writer.BatchesCommitted);
    }

    [Fact]
    public async Task ExecuteAsync_NullValue_IsStoredAsNull()
    {
        // Arrange
        var insert = new SqliteStatement(
            "INSERT INTO inbox (item_key, kind, payload, progress, attempts, leased_until) VALUES ($key, 'k', 'p', $progress, 1, 0);", 1, "$key", "$progress");

        // Act
        await _db.Writer.ExecuteAsync(insert, ["nulls", null], CancellationToken.None);

        // Assert
        Assert.Equal("null", await StoreQueries.ScalarAsync(_db.Database, "SELECT typeof(progress) FROM inbox WHERE item_key = 'nulls';"));
    }

    [Fact]
    public async Task ExecuteAsync_WrongNumberOfValues_IsRefusedBeforeQueueing()
    {
        // Act + Assert
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _db.Writer.ExecuteAsync(RawInsert, ["only-an-id"], CancellationToken.None));
        Assert.Contains("takes 3 values", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _db.Writer.Queued);
    }

    [Fact]
    public async Task QueryAsync_BatchRetriedAfterAnotherStatementFailed_ReturnsTheRowsOfTheCommittedRunOnly()
    {
        // Arrange: two claimable rows, and a trigger that makes SQLite refuse one recommendation id.
        await StoreQueries.ExecuteAsync(_db.Database, """
            INSERT INTO deliveries (delivery_key, expires_at) VALUES ('a', 0), ('b', 0);
            CREATE TRIGGER refuse_poison BEFORE INSERT ON recommendations WHEN NEW.id = 'poison'
            BEGIN SELECT RAISE(ABORT, 'poison refused'); END;
            """);
        var bump = new SqliteStatement("UPDATE deliveries SET expires_at = expires_at + 1 RETURNING delivery_key, expires_at;", 1);
        static List<string> Read(SqliteDataReader reader)
        {
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add($"{reader.GetString(0)}={reader.GetInt64(1)}");
            }

            return rows;
        }

        // Act: the query runs in the failing batch (rolled back), then again alone.
        Task<List<string>> query;
        Task poison;
        using (await _db.Database.EnterWriteAsync(CancellationToken.None))
        {
            query = _db.Writer.QueryAsync(bump, [], Read, CancellationToken.None);
            poison = _db.Writer.ExecuteAsync(RawInsert, ["poison", "2025-01-01T00:00:00.0000000+00:00", "{}"u8.ToArray()], CancellationToken.None);
        }

        var rows = await query;
        await Assert.ThrowsAsync<SqliteException>(() => poison);

        // Assert: one increment, stored and reported.
        Assert.Equal(["a=1", "b=1"], rows.Order());
        Assert.Equal(2L, await StoreQueries.ScalarAsync(_db.Database, "SELECT SUM(expires_at) FROM deliveries;"));
    }

    private static readonly SqliteStatement RawInsert = new(
        "INSERT INTO recommendations (id, created_at, json) VALUES ($id, $createdAt, $json);", 4, "$id", "$createdAt", "$json");

    /// <summary>One save, so that the writer has opened its connection and prepared its statement.</summary>
    private Task PrimeAsync() => _db.Store.SaveAsync(SampleRecommendations.Create("primer"), CancellationToken.None);
}
