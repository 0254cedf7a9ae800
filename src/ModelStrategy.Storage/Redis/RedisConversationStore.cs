using System.Globalization;
using Microsoft.Extensions.Options;
using ModelStrategy.Core.Conversations;
using StackExchange.Redis;

namespace ModelStrategy.Storage.Redis;

/// <summary>
/// Keeps each conversation as one Redis hash (payload, version, updated_at). A write is one Lua script, so comparing the
/// version and writing are atomic across every bot instance: a stale expected version changes nothing. Each write
/// restarts the key's expiry (<see cref="StorageOptions.ConversationRetention"/>), so abandoned conversations go away.
/// </summary>
internal sealed class RedisConversationStore(RedisConnection connection, IOptions<StorageOptions> options) : IConversationStore
{
    private const string PayloadField = "payload";
    private const string VersionField = "version";
    private const string UpdatedAtField = "updated_at";

    // KEYS[1] the hash; ARGV: expected version, updated_at, payload, retention in ms. Returns the new version or nil.
    private const string SaveScript = """
        local current = redis.call('HGET', KEYS[1], 'version')
        if current == false then current = '0' end
        if current ~= ARGV[1] then return false end
        local next = tonumber(current) + 1
        redis.call('HSET', KEYS[1], 'version', next, 'updated_at', ARGV[2], 'payload', ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        return next
        """;

    private static readonly RedisValue[] Fields = [PayloadField, VersionField, UpdatedAtField];

    private readonly long _retentionMs = (long)options.Value.ConversationRetention.TotalMilliseconds;

    public async Task<ConversationRecord?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var values = await database.HashGetAsync(connection.Keys.Conversation(key), Fields).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (values[0].IsNull || values[1].IsNull || values[2].IsNull)
        {
            return null;
        }

        var updatedAt = DateTimeOffset.Parse(values[2].ToString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return new ConversationRecord(values[0].ToString(), (long)values[1], updatedAt);
    }

    public async Task<long?> TrySaveAsync(string key, string payload, long expectedVersion, DateTimeOffset updatedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        RedisValue[] arguments = [expectedVersion, updatedAt.ToString("O", CultureInfo.InvariantCulture), payload, _retentionMs];
        var result = await database.ScriptEvaluateAsync(SaveScript, [connection.Keys.Conversation(key)], arguments)
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        return result.IsNull ? null : (long)result;
    }
}
