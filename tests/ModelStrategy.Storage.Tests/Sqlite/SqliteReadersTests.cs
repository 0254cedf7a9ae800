using Microsoft.Data.Sqlite;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Sqlite;

/// <summary>The hot reads run on connections kept open with their commands compiled, and leave nothing held open.</summary>
public sealed class SqliteReadersTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ConcurrentReadsOfDifferentRows_EachGetsItsOwnRow()
    {
        // Arrange
        for (var i = 0; i < 40; i++)
        {
            await _db.Conversations.TrySaveAsync($"k{i}", $"payload {i}", 0, TestClock.Start, CancellationToken.None);
        }

        // Act: more reads at once than idle connections are kept, several rounds
        var reads = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => _db.Conversations.GetAsync($"k{i % 40}", CancellationToken.None))));

        // Assert
        Assert.All(reads.Select((record, i) => (record, i)), r => Assert.Equal($"payload {r.i % 40}", r.record!.Payload));
        Assert.Null(await _db.Conversations.GetAsync("absent", CancellationToken.None));
    }

    [Fact]
    public async Task ReadsWhileTheSameRowsAreRewritten_AlwaysSeeAWholeCommittedVersion()
    {
        // Arrange: each row's payload names its key and the version it was saved as
        var keys = Enumerable.Range(0, 8).Select(i => $"k{i}").ToArray();
        foreach (var key in keys)
        {
            await _db.Conversations.TrySaveAsync(key, $"{key}@1", 0, TestClock.Start, CancellationToken.None);
        }

        // Act: every row rewritten 25 times while 16 readers read them all, in turn, on the kept-open connections
        var writers = keys.Select(key => Task.Run(async () =>
        {
            for (long version = 1; version <= 25; version++)
            {
                Assert.Equal(version + 1, await _db.Conversations.TrySaveAsync(key, $"{key}@{version + 1}", version, TestClock.Start, CancellationToken.None));
            }
        }));
        var readers = Enumerable.Range(0, 16).Select(r => Task.Run(async () =>
        {
            var seen = keys.ToDictionary(k => k, _ => 0L);
            for (var i = 0; i < 200; i++)
            {
                var key = keys[(i + r) % keys.Length];
                var record = await _db.Conversations.GetAsync(key, CancellationToken.None);

                // Assert: a row as one commit left it, and never older than one this reader saw before
                Assert.Equal($"{key}@{record!.Version}", record.Payload);
                Assert.True(record.Version >= seen[key], $"{key}: version {record.Version} after {seen[key]}");
                seen[key] = record.Version;
            }
        }));
        await Task.WhenAll(writers.Concat(readers));

        // Assert: every row ends at its last version
        foreach (var key in keys)
        {
            Assert.Equal($"{key}@26", (await _db.Conversations.GetAsync(key, CancellationToken.None))!.Payload);
        }
    }

    [Fact]
    public async Task AReadThatFails_LeavesLaterReadsWorking()
    {
        // Arrange
        await _db.Conversations.TrySaveAsync("k", "payload", 0, TestClock.Start, CancellationToken.None);

        // Act
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _db.Database.Readers.ReadAsync<int>("SELECT payload FROM conversations WHERE conversation_key = $key;", [("$key", "k")],
                _ => throw new InvalidOperationException("reader failed"), CancellationToken.None));
        var after = await _db.Conversations.GetAsync("k", CancellationToken.None);

        // Assert
        Assert.Equal("payload", after!.Payload);
    }

    [Fact]
    public async Task AfterReads_NoConnectionHoldsASnapshot_SoACheckpointEmptiesTheWal()
    {
        // Arrange: rows in the WAL, then reads that keep their connections open and idle
        for (var i = 0; i < 20; i++)
        {
            await _db.Conversations.TrySaveAsync($"k{i}", new string('x', 2000), 0, TestClock.Start, CancellationToken.None);
        }

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => _db.Conversations.GetAsync($"k{i}", CancellationToken.None)));

        // Act: a checkpoint that must copy every frame and truncate the WAL, which any open read transaction would block
        await using var connection = new SqliteConnection($"Data Source={_db.FilePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await using var result = await command.ExecuteReaderAsync();
        await result.ReadAsync();

        // Assert: not busy, and nothing left in the WAL
        Assert.Equal((0L, 0L), (result.GetInt64(0), result.GetInt64(1)));
    }
}
