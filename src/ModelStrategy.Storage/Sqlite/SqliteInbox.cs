using Microsoft.Data.Sqlite;
using ModelStrategy.Core.Inbox;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// The durable inbox in the shared SQLite file: one row per item with the end of its lease (Unix milliseconds). A
/// lease is one UPDATE … RETURNING over the rows whose lease has ended, so SQLite's write lock keeps two processes
/// from leasing the same row. Every change, leases included, shares the group-commit <see cref="SqliteWriter"/>'s
/// transactions with the other small writes of a busy server (and so never runs SQLite's automatic checkpoint).
/// </summary>
internal sealed class SqliteInbox(SqliteDatabase database, SqliteWriter writer) : IInbox
{
    private static readonly SqliteStatement Add = new("""
        INSERT INTO inbox (item_key, kind, payload, progress, attempts, leased_until) VALUES ($key, $kind, $payload, NULL, 1, $until)
        ON CONFLICT (item_key) DO NOTHING;
        """, pages: 1, "$key", "$kind", "$payload", "$until");

    private static readonly SqliteStatement Progress = new("UPDATE inbox SET progress = $progress WHERE item_key = $key;", pages: 1, "$key", "$progress");
    private static readonly SqliteStatement Release = new("UPDATE inbox SET leased_until = $now WHERE item_key = $key;", pages: 1, "$key", "$now");
    private static readonly SqliteStatement Complete = new("DELETE FROM inbox WHERE item_key = $key;", pages: 1, "$key");

    private static readonly SqliteStatement Lease = new("""
        UPDATE inbox SET leased_until = $until, attempts = attempts + 1
        WHERE item_key IN (SELECT item_key FROM inbox WHERE leased_until <= $now ORDER BY leased_until, rowid LIMIT $max)
        RETURNING item_key, kind, payload, progress, attempts, rowid;
        """, pages: 4, "$now", "$until", "$max");

    public async Task<bool> TryAddAsync(string key, string kind, string payload, DateTimeOffset leasedUntil, CancellationToken cancellationToken)
    {
        CheckKey(key);
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(payload);
        var added = await writer.ExecuteAsync(Add, [key, kind, payload, leasedUntil.ToUnixTimeMilliseconds()], cancellationToken).ConfigureAwait(false);
        return added == 1;
    }

    public Task<IReadOnlyList<InboxItem>> LeaseAsync(DateTimeOffset now, DateTimeOffset leasedUntil, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(max, 0);
        return writer.QueryAsync(Lease, [now.ToUnixTimeMilliseconds(), leasedUntil.ToUnixTimeMilliseconds(), max], ReadLeased, cancellationToken);
    }

    public Task SaveProgressAsync(string key, string progress, CancellationToken cancellationToken)
    {
        CheckKey(key);
        ArgumentNullException.ThrowIfNull(progress);
        return writer.ExecuteAsync(Progress, [key, progress], cancellationToken);
    }

    public Task ReleaseAsync(string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        CheckKey(key);
        return writer.ExecuteAsync(Release, [key, now.ToUnixTimeMilliseconds()], cancellationToken);
    }

    public Task CompleteAsync(string key, CancellationToken cancellationToken)
    {
        CheckKey(key);
        return writer.ExecuteAsync(Complete, [key], cancellationToken);
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "SELECT COUNT(*) FROM inbox;";
                return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    private static IReadOnlyList<InboxItem> ReadLeased(SqliteDataReader reader)
    {
        var leased = new List<(long Order, InboxItem Item)>();
        while (reader.Read())
        {
            var item = new InboxItem(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt32(4));
            leased.Add((reader.GetInt64(5), item));
        }

        // RETURNING gives no order; the rows were chosen oldest first, and are handed out in arrival order.
        return [.. leased.OrderBy(l => l.Order).Select(l => l.Item)];
    }

    private static void CheckKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(key.Length, IInbox.MaxKeyLength, nameof(key));
    }
}
