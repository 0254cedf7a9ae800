using ModelStrategy.Core.Conversations;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Contracts;

/// <summary>What every <see cref="IConversationStore"/> must do, run against each provider by a subclass.</summary>
public abstract class ConversationStoreContract(StoreProvider provider) : StoreContract(provider)
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(2));

    private IConversationStore Store => Scope.Conversations;

    [Fact]
    public async Task GetAsync_UnknownKey_ReturnsNull()
    {
        // Act
        var read = await Store.GetAsync("teams|t|personal|nobody", CancellationToken.None);

        // Assert
        Assert.Null(read);
    }

    [Fact]
    public async Task TrySaveAsync_NewKeyThenExpectedVersion_RoundTripsPayloadVersionAndTime()
    {
        // Arrange
        const string key = "teams|t|personal|u1";

        // Act
        var first = await Store.TrySaveAsync(key, "{\"a\":1}", 0, At, CancellationToken.None);
        var second = await Store.TrySaveAsync(key, "{\"a\":2}", 1, At.AddMinutes(1), CancellationToken.None);
        var read = await Store.GetAsync(key, CancellationToken.None);

        // Assert
        Assert.Equal((1L, 2L), (first, second));
        Assert.Equal(("{\"a\":2}", 2L), (read!.Payload, read.Version));
        Assert.Equal(At.AddMinutes(1), read.UpdatedAt);
        Assert.Equal(At.Offset, read.UpdatedAt.Offset);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(7)]
    public async Task TrySaveAsync_StaleExpectedVersion_ReturnsNullAndKeepsTheStoredState(long expected)
    {
        // Arrange
        const string key = "slack|T|thread|C|1";
        await Store.TrySaveAsync(key, "kept", 0, At, CancellationToken.None);

        // Act
        var result = await Store.TrySaveAsync(key, "lost", expected, At.AddHours(1), CancellationToken.None);

        // Assert
        Assert.Null(result);
        var read = await Store.GetAsync(key, CancellationToken.None);
        Assert.Equal(("kept", 1L, At), (read!.Payload, read.Version, read.UpdatedAt));
    }

    [Fact]
    public async Task TrySaveAsync_ExpectedVersionForAKeyNeverWritten_ReturnsNullAndStoresNothing()
    {
        // Act
        var result = await Store.TrySaveAsync("teams|t|personal|ghost", "lost", 3, At, CancellationToken.None);

        // Assert
        Assert.Null(result);
        Assert.Null(await Store.GetAsync("teams|t|personal|ghost", CancellationToken.None));
    }

    [Fact]
    public async Task TrySaveAsync_RacingWritersOnOneVersion_ExactlyOneWinsAndItsPayloadIsStored()
    {
        // Arrange
        const string key = "teams|t|thread|c|m";
        await Store.TrySaveAsync(key, "v1", 0, At, CancellationToken.None);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await Store.TrySaveAsync(key, "writer-" + i, 1, At, CancellationToken.None);
        })).ToArray();

        // Act
        start.SetResult();
        var results = await Task.WhenAll(writers);

        // Assert
        var winner = Assert.Single(results.Select((r, i) => (Result: r, Index: i)), r => r.Result == 2);
        Assert.Equal(7, results.Count(r => r is null));
        var read = await Store.GetAsync(key, CancellationToken.None);
        Assert.Equal(("writer-" + winner.Index, 2L), (read!.Payload, read.Version));
    }

    [Fact]
    public async Task TrySaveAsync_ConcurrentReadIncrementWriteLoops_LoseNoIncrement()
    {
        // Arrange: each worker re-reads and retries when it lost, as the engine does.
        const string key = "slack|T|personal|counter";
        const int workers = 6, increments = 15;
        await Store.TrySaveAsync(key, "0", 0, At, CancellationToken.None);

        // Act
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            for (var done = 0; done < increments;)
            {
                var current = (await Store.GetAsync(key, CancellationToken.None))!;
                var next = (int.Parse(current.Payload, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (await Store.TrySaveAsync(key, next, current.Version, At, CancellationToken.None) is not null)
                {
                    done++;
                }
            }
        })));

        // Assert
        var read = await Store.GetAsync(key, CancellationToken.None);
        Assert.Equal(((workers * increments).ToString(System.Globalization.CultureInfo.InvariantCulture), 1L + (workers * increments)), (read!.Payload, read.Version));
    }

    [Fact]
    public async Task TrySaveAsync_UnicodePayloadAndKeys_RoundTripAndStayApart()
    {
        // Arrange: emoji (surrogate pairs), CJK, right-to-left, combining marks, escapes; keys that differ only by
        // normalisation or by a suffix, and characters that mean something to Redis or SQL.
        const string payload = "{\"text\":\"Zoë 👩🏽‍💻 数据 مرحبا e\u0301 \\\"quoted\\\" \\\\ tab\\t\",\"nl\":\"a\nb\"}";
        string[] keys = ["teams|t|personal|café", "teams|t|personal|cafe\u0301", "teams|t|personal|café|x", "teams|{t}|* ?|'; --"];

        // Act
        foreach (var (key, index) in keys.Select((k, i) => (k, i)))
        {
            await Store.TrySaveAsync(key, payload + index, 0, At, CancellationToken.None);
        }

        var reads = await Task.WhenAll(keys.Select(k => Store.GetAsync(k, CancellationToken.None)));

        // Assert
        Assert.Equal(keys.Select((_, i) => payload + i), reads.Select(r => r!.Payload));
        Assert.All(reads, r => Assert.Equal(1L, r!.Version));
    }

    [Fact]
    public async Task TrySaveAsync_LargePayload_RoundTripsUnchanged()
    {
        // Arrange: about 4 MB, far beyond any real dialog state.
        var payload = string.Concat(Enumerable.Range(0, 200_000).Select(i => $"{i:D6}é🙂;"));

        // Act
        var version = await Store.TrySaveAsync("teams|t|personal|big", payload, 0, At, CancellationToken.None);
        var read = await Store.GetAsync("teams|t|personal|big", CancellationToken.None);

        // Assert
        Assert.Equal(1L, version);
        Assert.Equal(payload.Length, read!.Payload.Length);
        Assert.Equal(payload, read.Payload);
    }

    [Fact]
    public async Task GetAsync_NewStoreInstanceOverTheSameData_SeesTheStateAndGoesOnFromItsVersion()
    {
        // Arrange
        const string key = "teams|t|thread|c|restart";
        await Store.TrySaveAsync(key, "before", 0, At, CancellationToken.None);
        await Store.TrySaveAsync(key, "before-2", 1, At, CancellationToken.None);
        await Scope.DisposeAsync();

        // Act
        Scope = Provider.Open();
        var read = await Store.GetAsync(key, CancellationToken.None);
        var stale = await Store.TrySaveAsync(key, "stale", 1, At, CancellationToken.None);
        var next = await Store.TrySaveAsync(key, "after", read!.Version, At, CancellationToken.None);

        // Assert
        Assert.Equal(("before-2", 2L), (read.Payload, read.Version));
        Assert.Null(stale);
        Assert.Equal(3L, next);
    }
}
