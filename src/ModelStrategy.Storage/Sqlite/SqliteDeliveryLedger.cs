using ModelStrategy.Core.Deliveries;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// The delivery ledger in the shared SQLite file: one row per key with its expiry (Unix milliseconds). A claim is a
/// single upsert that inserts the key, or takes over a row whose retention has passed, and reports whether it changed
/// a row, so SQLite's own write lock decides between concurrent claims, across processes too. Expired rows are
/// purged on the way, at most once per <see cref="PurgeInterval"/>.
/// </summary>
internal sealed class SqliteDeliveryLedger(SqliteDatabase database) : IDeliveryLedger
{
    /// <summary>How often a claim also deletes the expired rows.</summary>
    public static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(10);

    private const string ClaimSql = """
        INSERT INTO deliveries (delivery_key, expires_at) VALUES ($key, $expiresAt)
        ON CONFLICT (delivery_key) DO UPDATE SET expires_at = excluded.expires_at WHERE deliveries.expires_at <= $now;
        """;

    private const string ForgetSql = "DELETE FROM deliveries WHERE delivery_key = $key;";
    private const string PurgeSql = "DELETE FROM deliveries WHERE expires_at <= $now;";

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

        var changed = await ExecuteAsync(ClaimSql, cancellationToken,
            ("$key", deliveryKey), ("$expiresAt", nowMs + (long)retention.TotalMilliseconds), ("$now", nowMs)).ConfigureAwait(false);
        return changed == 1;
    }

    public Task ForgetAsync(string deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        return ExecuteAsync(ForgetSql, cancellationToken, ("$key", deliveryKey));
    }

    /// <summary>Deletes every row whose retention has passed; returns how many.</summary>
    public Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync(PurgeSql, cancellationToken, ("$now", now.ToUnixTimeMilliseconds()));

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        using var turn = await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = sql;
                foreach (var (name, value) in parameters)
                {
                    command.Parameters.AddWithValue(name, value);
                }

                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
