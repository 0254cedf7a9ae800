using ModelStrategy.Core.ChannelSupport.Deliveries;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// The delivery ledger in the shared SQLite file: one row per key with its expiry (Unix milliseconds). A claim is a
/// single upsert that inserts the key, or takes over a row whose retention has passed, and reports whether it changed
/// a row, so SQLite's own write lock decides between concurrent claims, across processes too. Expired rows are
/// purged on the way, at most once per <see cref="PurgeInterval"/>. Every write shares the group-commit
/// <see cref="SqliteWriter"/>'s transactions with the other small writes of a busy server.
/// </summary>
internal sealed class SqliteDeliveryLedger(SqliteWriter writer) : IDeliveryLedger
{
    /// <summary>How often a claim also deletes the expired rows.</summary>
    public static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(10);

    private static readonly SqliteStatement Claim = new("""
        INSERT INTO deliveries (delivery_key, expires_at) VALUES ($key, $expiresAt)
        ON CONFLICT (delivery_key) DO UPDATE SET expires_at = excluded.expires_at WHERE deliveries.expires_at <= $now;
        """, pages: 1, "$key", "$expiresAt", "$now");

    private static readonly SqliteStatement Forget = new("DELETE FROM deliveries WHERE delivery_key = $key;", pages: 1, "$key");

    /// <summary>Counted as many pages: it may delete ten minutes' worth of rows.</summary>
    private static readonly SqliteStatement Purge = new("DELETE FROM deliveries WHERE expires_at <= $now;", pages: 64, "$now");

    private long _nextPurgeAt = long.MinValue;

    public async Task<bool> TryRecordAsync(string deliveryKey, DateTimeOffset now, TimeSpan retention, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(deliveryKey.Length, IDeliveryLedger.MaxKeyLength, nameof(deliveryKey));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        var nowMs = now.ToUnixTimeMilliseconds();
        var nextPurge = Interlocked.Read(ref _nextPurgeAt);
        if (nowMs >= nextPurge
            && Interlocked.CompareExchange(ref _nextPurgeAt, nowMs + (long)PurgeInterval.TotalMilliseconds, nextPurge) == nextPurge)
        {
            await PurgeExpiredAsync(now, cancellationToken).ConfigureAwait(false);
        }

        var changed = await writer.ExecuteAsync(Claim, [deliveryKey, nowMs + (long)retention.TotalMilliseconds, nowMs], cancellationToken).ConfigureAwait(false);
        return changed == 1;
    }

    public Task ForgetAsync(string deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        return writer.ExecuteAsync(Forget, [deliveryKey], cancellationToken);
    }

    /// <summary>Deletes every row whose retention has passed; returns how many.</summary>
    public Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(Purge, [now.ToUnixTimeMilliseconds()], cancellationToken);
}
