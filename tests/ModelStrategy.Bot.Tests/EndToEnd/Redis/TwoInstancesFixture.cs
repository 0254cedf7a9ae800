using ModelStrategy.Bot.Tests.EndToEnd.Teams;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd.Redis;

/// <summary>
/// Two bot instances sharing one private redis-server (same key prefix), and a third, single SQLite instance as the
/// reference for what a dialog should end with.
/// </summary>
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    private RedisServer? _redis;

    public TeamsBotFactory First { get; private set; } = null!;

    public TeamsBotFactory Second { get; private set; } = null!;

    public TeamsBotFactory Reference { get; } = new();

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartNewAsync();
        var prefix = $"two-instances-{Guid.NewGuid():N}:";
        First = new RedisTeamsBotFactory(_redis.ConnectionString, prefix);
        Second = new RedisTeamsBotFactory(_redis.ConnectionString, prefix);
    }

    public async Task DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await Reference.DisposeAsync();
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }
}
