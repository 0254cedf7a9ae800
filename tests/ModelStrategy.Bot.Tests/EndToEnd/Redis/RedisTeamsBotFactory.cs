using ModelStrategy.Bot.Tests.EndToEnd.Teams;

namespace ModelStrategy.Bot.Tests.EndToEnd.Redis;

/// <summary>The host (Teams channel in loopback development mode, fake connector) over Redis instead of SQLite.</summary>
public sealed class RedisTeamsBotFactory(string connectionString, string keyPrefix) : TeamsBotFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Storage:Provider"] = "Redis",
        ["ConnectionStrings:Redis"] = connectionString,
        ["Storage:RedisKeyPrefix"] = keyPrefix,
    };
}
