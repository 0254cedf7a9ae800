using ModelStrategy.Core.ChannelSupport.Deliveries;
using StackExchange.Redis;

namespace ModelStrategy.Storage.Redis;

/// <summary>
/// The delivery ledger in Redis: one key per delivery, set only when absent (SET NX semantics) with a PX expiry of the
/// retention, so Redis itself forgets old keys. The key's value is its expiry on the caller's clock, and a claim also
/// takes over a key whose retention has passed on that clock, as the SQLite ledger does. One script per claim, so of
/// concurrent claims on any number of instances exactly one wins.
/// </summary>
internal sealed class RedisDeliveryLedger(RedisConnection connection) : IDeliveryLedger
{
    // KEYS[1] the marker; ARGV: now (Unix ms), expiry (Unix ms), retention (ms). Returns 1 when recorded, 0 for a repeat.
    private const string ClaimScript = """
        local expires = redis.call('GET', KEYS[1])
        if expires and tonumber(expires) > tonumber(ARGV[1]) then return 0 end
        redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
        return 1
        """;

    public async Task<bool> TryRecordAsync(string deliveryKey, DateTimeOffset now, TimeSpan retention, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(deliveryKey.Length, IDeliveryLedger.MaxKeyLength, nameof(deliveryKey));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        var nowMs = now.ToUnixTimeMilliseconds();
        var retentionMs = Math.Max(1L, (long)retention.TotalMilliseconds);
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        RedisValue[] arguments = [nowMs, nowMs + retentionMs, retentionMs];
        var result = await database.ScriptEvaluateAsync(ClaimScript, [connection.Keys.Delivery(deliveryKey)], arguments)
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        return (long)result == 1;
    }

    public async Task ForgetAsync(string deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        await database.KeyDeleteAsync(connection.Keys.Delivery(deliveryKey)).WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
