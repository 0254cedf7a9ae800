using ModelStrategy.Core.ChannelSupport.Inbox;
using StackExchange.Redis;

namespace ModelStrategy.Storage.Redis;

/// <summary>
/// The durable inbox in Redis: a hash per item (kind, payload, progress, attempts, owner) and one sorted set of item
/// keys scored by the end of their lease (Unix ms). Adding, leasing, renewing and releasing are single scripts, so of
/// any number of instances exactly one adds a key, no two lease the same item, and an instance only renews or
/// releases the leases it still holds.
/// </summary>
internal sealed class RedisInbox(RedisConnection connection) : IInbox
{
    // KEYS[1] item hash, KEYS[2] lease index; ARGV: key, kind, payload, leased until, owner. 1 when added, 0 when present.
    private const string AddScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        redis.call('HSET', KEYS[1], 'kind', ARGV[2], 'payload', ARGV[3], 'attempts', 1, 'owner', ARGV[5])
        redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
        return 1
        """;

    // KEYS[1] lease index; ARGV: now, leased until, max, item key prefix, owner. Flat array: key, kind, payload, progress|'', attempts, has progress …
    private const string LeaseScript = """
        local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
        local out = {}
        for _, key in ipairs(due) do
            local item = ARGV[4] .. key
            if redis.call('EXISTS', item) == 0 then
                redis.call('ZREM', KEYS[1], key)
            else
                redis.call('ZADD', KEYS[1], ARGV[2], key)
                redis.call('HSET', item, 'owner', ARGV[5])
                local attempts = redis.call('HINCRBY', item, 'attempts', 1)
                local fields = redis.call('HMGET', item, 'kind', 'payload', 'progress')
                table.insert(out, key)
                table.insert(out, fields[1])
                table.insert(out, fields[2])
                table.insert(out, fields[3] or '')
                table.insert(out, tostring(attempts))
                table.insert(out, fields[3] and '1' or '0')
            end
        end
        return out
        """;

    // KEYS[1] lease index; ARGV: owner, leased until, item key prefix, then the item keys. The number renewed.
    private const string RenewScript = """
        local renewed = 0
        for i = 4, #ARGV do
            if redis.call('HGET', ARGV[3] .. ARGV[i], 'owner') == ARGV[1] and redis.call('ZSCORE', KEYS[1], ARGV[i]) then
                redis.call('ZADD', KEYS[1], ARGV[2], ARGV[i])
                renewed = renewed + 1
            end
        end
        return renewed
        """;

    // KEYS[1] lease index, KEYS[2] item hash; ARGV: key, owner, now. Only the owner's lease ends.
    private const string ReleaseScript = """
        if redis.call('HGET', KEYS[2], 'owner') ~= ARGV[2] then return 0 end
        redis.call('HDEL', KEYS[2], 'owner')
        redis.call('ZADD', KEYS[1], 'XX', ARGV[3], ARGV[1])
        return 1
        """;

    // KEYS[1] lease index; ARGV: now, item key prefix. The distinct owners of the leases still running.
    private const string OwnersScript = """
        local seen, out = {}, {}
        for _, key in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. ARGV[1], '+inf')) do
            local owner = redis.call('HGET', ARGV[2] .. key, 'owner')
            if owner and not seen[owner] then
                seen[owner] = true
                table.insert(out, owner)
            end
        end
        return out
        """;

    // KEYS[1] lease index; ARGV: owner, now, item key prefix. The number of leases ended.
    private const string ReleaseOwnerScript = """
        local released = 0
        for _, key in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. ARGV[2], '+inf')) do
            local item = ARGV[3] .. key
            if redis.call('HGET', item, 'owner') == ARGV[1] then
                redis.call('HDEL', item, 'owner')
                redis.call('ZADD', KEYS[1], 'XX', ARGV[2], key)
                released = released + 1
            end
        end
        return released
        """;

    // KEYS[1] item hash; ARGV: progress. Only an item still stored gets progress.
    private const string ProgressScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HSET', KEYS[1], 'progress', ARGV[1]) end
        return 0
        """;

    public async Task<bool> TryAddAsync(string key, string kind, string payload, string owner, DateTimeOffset leasedUntil, CancellationToken cancellationToken)
    {
        CheckKey(key);
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var result = await database.ScriptEvaluateAsync(AddScript, [connection.Keys.InboxItem(key), connection.Keys.InboxLeases],
            [key, kind, payload, leasedUntil.ToUnixTimeMilliseconds(), owner]).WaitAsync(cancellationToken).ConfigureAwait(false);
        return (long)result == 1;
    }

    public async Task<IReadOnlyList<InboxItem>> LeaseAsync(string owner, DateTimeOffset now, DateTimeOffset leasedUntil, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(max, 0);
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var result = await database.ScriptEvaluateAsync(LeaseScript, [connection.Keys.InboxLeases],
            [now.ToUnixTimeMilliseconds(), leasedUntil.ToUnixTimeMilliseconds(), max, connection.Keys.InboxItemPrefix, owner])
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        var fields = (RedisResult[])result!;
        var items = new List<InboxItem>(fields.Length / 6);
        for (var i = 0; i + 5 < fields.Length; i += 6)
        {
            var progress = (string?)fields[i + 5] == "1" ? (string?)fields[i + 3] : null;
            items.Add(new InboxItem((string)fields[i]!, (string)fields[i + 1]!, (string)fields[i + 2]!, progress, (int)fields[i + 4]));
        }

        return items;
    }

    public async Task SaveProgressAsync(string key, string progress, CancellationToken cancellationToken)
    {
        CheckKey(key);
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        await database.ScriptEvaluateAsync(ProgressScript, [connection.Keys.InboxItem(key)], [progress]).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> RenewAsync(string owner, IReadOnlyCollection<string> keys, DateTimeOffset leasedUntil, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        if (keys.Count == 0)
        {
            return 0;
        }

        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        RedisValue[] arguments = [owner, leasedUntil.ToUnixTimeMilliseconds(), connection.Keys.InboxItemPrefix, .. keys.Select(k => (RedisValue)k)];
        var result = await database.ScriptEvaluateAsync(RenewScript, [connection.Keys.InboxLeases], arguments).WaitAsync(cancellationToken).ConfigureAwait(false);
        return (int)result;
    }

    public async Task<IReadOnlyList<string>> OwnersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var result = await database.ScriptEvaluateAsync(OwnersScript, [connection.Keys.InboxLeases],
            [now.ToUnixTimeMilliseconds(), connection.Keys.InboxItemPrefix]).WaitAsync(cancellationToken).ConfigureAwait(false);
        return [.. ((RedisResult[])result!).Select(r => (string)r!)];
    }

    public async Task<int> ReleaseOwnerAsync(string owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var result = await database.ScriptEvaluateAsync(ReleaseOwnerScript, [connection.Keys.InboxLeases],
            [owner, now.ToUnixTimeMilliseconds(), connection.Keys.InboxItemPrefix]).WaitAsync(cancellationToken).ConfigureAwait(false);
        return (int)result;
    }

    public async Task ReleaseAsync(string key, string owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        CheckKey(key);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        await database.ScriptEvaluateAsync(ReleaseScript, [connection.Keys.InboxLeases, connection.Keys.InboxItem(key)],
            [key, owner, now.ToUnixTimeMilliseconds()]).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task CompleteAsync(string key, CancellationToken cancellationToken)
    {
        CheckKey(key);
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var transaction = database.CreateTransaction();
        var deleted = transaction.KeyDeleteAsync(connection.Keys.InboxItem(key));
        var removed = transaction.SortedSetRemoveAsync(connection.Keys.InboxLeases, key);
        await transaction.ExecuteAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(deleted, removed).ConfigureAwait(false);
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        return await database.SortedSetLengthAsync(connection.Keys.InboxLeases).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void CheckKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(key.Length, IInbox.MaxKeyLength, nameof(key));
    }
}
