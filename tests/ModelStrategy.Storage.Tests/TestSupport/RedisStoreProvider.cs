using ModelStrategy.Storage.Redis;

namespace ModelStrategy.Storage.Tests.TestSupport;

/// <summary>The Redis provider on a test server, under a key prefix of its own so tests sharing a server keep apart.</summary>
public sealed class RedisStoreProvider(RedisServer server) : StoreProvider
{
    /// <summary>This provider's key prefix.</summary>
    public string Prefix { get; } = $"test-{Guid.NewGuid():N}:";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = StorageOptions.RedisProvider,
        ["ConnectionStrings:Redis"] = server.ConnectionString,
        ["Storage:RedisKeyPrefix"] = Prefix,
    };

    protected override Type ConversationStoreType => typeof(RedisConversationStore);
}
