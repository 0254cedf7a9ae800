using ModelStrategy.Storage.Tests.TestSupport;
using StackExchange.Redis;

namespace ModelStrategy.Storage.Tests.Redis;

/// <summary>Redis going away and coming back: readiness follows, the same store instances carry on, nothing is lost.</summary>
[Trait("Category", "Redis")]
[Trait("Tier", "External")]
public sealed class RedisOutageTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private RedisServer _server = null!;

    public async Task InitializeAsync() => _server = await RedisServer.StartNewAsync(appendOnly: true);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Stores_RedisKilledAndRestarted_NotReadyMeanwhileThenCarryOnWithTheData()
    {
        // Arrange
        await using var provider = new RedisStoreProvider(_server);
        await using var scope = provider.Open();
        await scope.Recommendations.SaveAsync(SampleRecommendations.Create("rec-kept"), CancellationToken.None);
        await scope.Conversations.TrySaveAsync("teams|t|personal|u1", "kept", 0, At, CancellationToken.None);
        Assert.True(await scope.Readiness.IsReadyAsync(CancellationToken.None));

        // Act
        await _server.StopAsync();
        var whileDown = await scope.Readiness.IsReadyAsync(CancellationToken.None);
        var failedWrite = await Record.ExceptionAsync(() => scope.Conversations.TrySaveAsync("teams|t|personal|u1", "x", 1, At, CancellationToken.None));
        await _server.StartAsync();
        var back = await EventuallyReadyAsync(scope.Readiness);

        // Assert
        Assert.False(whileDown, "ready while Redis was down");
        Assert.True(failedWrite is RedisException or TimeoutException, failedWrite?.ToString() ?? "the write during the outage succeeded");
        Assert.True(back, "not ready again within 30 s of Redis coming back");
        Assert.Equal("rec-kept", (await scope.Recommendations.GetAsync("rec-kept", CancellationToken.None))?.Id);
        var survived = await scope.Conversations.GetAsync("teams|t|personal|u1", CancellationToken.None);
        Assert.Equal(("kept", 1L), (survived!.Payload, survived.Version));
        Assert.Equal(2L, await scope.Conversations.TrySaveAsync("teams|t|personal|u1", "after", 1, At, CancellationToken.None));
    }

    [Fact]
    public async Task Readiness_RedisDownFromTheStart_SaysNotReadyWithoutThrowingThenReadyOnceItIsUp()
    {
        // Arrange
        await _server.StopAsync();
        await using var provider = new RedisStoreProvider(_server);
        await using var scope = provider.Open();

        // Act
        var atStart = await scope.Readiness.IsReadyAsync(CancellationToken.None);
        await _server.StartAsync();
        var later = await EventuallyReadyAsync(scope.Readiness);

        // Assert
        Assert.False(atStart);
        Assert.True(later);
    }

    /// <summary>Polls until ready: the multiplexer reconnects on its own schedule (a bounded wait, not a timing assertion).</summary>
    private static async Task<bool> EventuallyReadyAsync(IStoreReadiness readiness)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!deadline.IsCancellationRequested)
        {
            if (await readiness.IsReadyAsync(CancellationToken.None))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
