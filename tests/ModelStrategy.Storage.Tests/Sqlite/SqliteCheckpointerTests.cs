using ModelStrategy.Storage.Sqlite;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Sqlite;

/// <summary>The group-commit writer leaves WAL checkpoints to <see cref="SqliteCheckpointer"/>, off the request path.</summary>
public sealed class SqliteCheckpointerTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private const int FewRows = 200; // Fewer than a background checkpoint waits for.

    [Fact]
    public async Task SaveAsync_FewRows_StayInTheWalUntilACheckpointCopiesThem()
    {
        // Arrange: the writer's own commits never checkpoint.
        await SaveAsync(FewRows);
        var databaseBefore = new FileInfo(_db.FilePath).Length;

        // Act
        var left = await _db.Writer.Checkpointer.CheckpointAsync(resetFrames: int.MaxValue, CancellationToken.None);

        // Assert: the rows' pages moved from the WAL into the database file.
        Assert.Equal(0, left);
        Assert.True(new FileInfo(_db.FilePath).Length > databaseBefore + (FewRows * 1024),
            $"database file {databaseBefore} → {new FileInfo(_db.FilePath).Length} bytes");
        Assert.Equal(0, _db.Writer.Checkpointer.Resets);
    }

    [Fact]
    public async Task CheckpointAsync_CopiedPages_TheDatabaseFileIsSyncedByTheCheckpointerAndStaysIntact()
    {
        // Arrange: rows in the WAL, so the pass copies pages without reaching a quiet WAL end on its own
        await SaveAsync(FewRows);

        // Act
        await _db.Writer.Checkpointer.CheckpointAsync(resetFrames: int.MaxValue, CancellationToken.None);
        await SaveAsync(FewRows, prefix: "second");
        await _db.Writer.Checkpointer.CheckpointAsync(resetFrames: int.MaxValue, CancellationToken.None);

        // Assert: one sync of its own per pass, through the one descriptor it keeps, and the file is sound
        Assert.Equal(2, _db.Writer.Checkpointer.DatabaseSyncs);
        await using var connection = await _db.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        Assert.Equal("ok", await command.ExecuteScalarAsync());
        Assert.Equal(2L * FewRows, await StoreQueries.CountRowsAsync(_db.Database));
    }

    [Fact]
    public async Task CheckpointAsync_WalLargerThanTheResetSize_NextCommitStartsTheWalAgain()
    {
        // Arrange
        await SaveAsync(FewRows);
        var grown = WalFileFrames();

        // Act
        var left = await _db.Writer.Checkpointer.CheckpointAsync(resetFrames: 0, CancellationToken.None);
        await SaveAsync(1, prefix: "after-reset");

        // Assert: the WAL holds one row's frames, written from its start again, not the 200 rows' frames after them.
        Assert.Equal(0, left);
        Assert.Equal(1, _db.Writer.Checkpointer.Resets);
        Assert.InRange(await WalFramesInUseAsync(), 1, grown / 10);
        Assert.Equal(FewRows + 1L, await StoreQueries.CountRowsAsync(_db.Database));
    }

    [Fact]
    public async Task SaveAsync_MoreRowsThanOneCheckpointWaitsFor_CheckpointsInTheBackground()
    {
        // Act
        await SaveAsync((SqliteCheckpointer.PagesPerCheckpoint / 4) + 10); // a recommendation counts 4 pages

        // Assert: wait (bounded) for the background checkpoint to report; no timing is asserted.
        for (var i = 0; i < 200 && _db.Writer.Checkpointer.Checkpoints == 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.True(_db.Writer.Checkpointer.Checkpoints >= 1);
    }

    private Task SaveAsync(int rows, string prefix = "row") => Task.WhenAll(Enumerable.Range(0, rows)
        .Select(i => _db.Store.SaveAsync(SampleRecommendations.Create($"{prefix}-{i}"), CancellationToken.None)));

    /// <summary>Frames the WAL file has room for: a 32-byte header, then frames of a 24-byte header plus a 4 KB page.</summary>
    private long WalFileFrames() => (new FileInfo(_db.FilePath + "-wal").Length - 32) / (24 + 4096);

    /// <summary>Frames in the WAL's current generation (the "log" column of a checkpoint).</summary>
    private async Task<long> WalFramesInUseAsync()
    {
        await using var connection = await _db.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetInt64(1);
    }
}
