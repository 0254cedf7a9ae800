using ModelStrategy.Storage.Tests.TestSupport;
using ModelStrategy.Storage.Sqlite;

namespace ModelStrategy.Storage.Tests.Conversations;

public sealed class SqliteConversationStoreTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase _db = new();
    private readonly SqliteConversationStore _store;

    public SqliteConversationStoreTests() => _store = new SqliteConversationStore(_db.Database, _db.Writer);

    [Fact]
    public async Task TrySaveAsync_NewKeyThenExpectedVersion_ReturnsIncreasingVersions()
    {
        // Arrange
        var key = "teams|t|personal|u1";

        // Act
        var first = await _store.TrySaveAsync(key, "{\"a\":1}", 0, At, CancellationToken.None);
        var second = await _store.TrySaveAsync(key, "{\"a\":2}", 1, At.AddMinutes(1), CancellationToken.None);
        var read = await _store.GetAsync(key, CancellationToken.None);

        // Assert
        Assert.Equal((1L, 2L), (first, second));
        Assert.Equal(("{\"a\":2}", 2L, At.AddMinutes(1)), (read!.Payload, read.Version, read.UpdatedAt));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task TrySaveAsync_VersionHasMoved_ReturnsNullAndKeepsTheStoredState(long expected)
    {
        // Arrange
        var key = "slack|T|thread|C|1";
        await _store.TrySaveAsync(key, "kept", 0, At, CancellationToken.None);

        // Act
        var result = await _store.TrySaveAsync(key, "lost", expected, At, CancellationToken.None);

        // Assert
        Assert.Null(result);
        Assert.Equal(("kept", 1L), ((await _store.GetAsync(key, CancellationToken.None))!.Payload, (await _store.GetAsync(key, CancellationToken.None))!.Version));
    }

    [Fact]
    public async Task GetAsync_UnknownKey_ReturnsNull()
    {
        // Act
        var read = await _store.GetAsync("nobody", CancellationToken.None);

        // Assert
        Assert.Null(read);
    }

    [Fact]
    public async Task TrySaveAsync_ManyWritersOnOneVersion_ExactlyOneWins()
    {
        // Arrange
        var key = "teams|t|thread|c|m";
        await _store.TrySaveAsync(key, "v1", 0, At, CancellationToken.None);

        // Act
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => _store.TrySaveAsync(key, "w" + i, 1, At, CancellationToken.None))));

        // Assert
        Assert.Single(results, r => r == 2);
        Assert.Equal(7, results.Count(r => r is null));
    }

    public void Dispose() => _db.Dispose();
}
