using System.Text.Json;
using Microsoft.Data.Sqlite;
using ModelStrategy.Core.ChannelSupport.Inbox;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// The durable inbox in the shared SQLite file: one row per item with its lease's owner and end (Unix milliseconds). A
/// lease is one UPDATE … RETURNING over the rows whose lease has ended, so SQLite's write lock keeps two processes
/// from leasing the same row. Every change, leases and renewals included, shares the group-commit
/// <see cref="SqliteWriter"/>'s transactions with the other small writes of a busy server (and so never runs SQLite's
/// automatic checkpoint).
/// </summary>
internal sealed class SqliteInbox(SqliteDatabase database, SqliteWriter writer) : IInbox
{
    private static readonly SqliteStatement Add = new("""
        INSERT INTO inbox (item_key, kind, payload, progress, attempts, leased_until, owner) VALUES ($key, $kind, $payload, NULL, 1, $until, $owner)
        ON CONFLICT (item_key) DO NOTHING;
        """, pages: 1, "$key", "$kind", "$payload", "$owner", "$until");

    private static readonly SqliteStatement Progress = new("UPDATE inbox SET progress = $progress WHERE item_key = $key;", pages: 1, "$key", "$progress");

    private static readonly SqliteStatement Release = new(
        "UPDATE inbox SET leased_until = $now, owner = NULL WHERE item_key = $key AND owner = $owner;", pages: 1, "$key", "$owner", "$now");

    private static readonly SqliteStatement Complete = new("DELETE FROM inbox WHERE item_key = $key;", pages: 1, "$key");

    // $keys: a JSON array of item keys (one statement however many items the instance holds).
    private static readonly SqliteStatement Renew = new("""
        UPDATE inbox SET leased_until = $until
        WHERE owner = $owner AND item_key IN (SELECT value FROM json_each($keys));
        """, pages: 4, "$owner", "$keys", "$until");

    private static readonly SqliteStatement ReleaseOwner = new(
        "UPDATE inbox SET leased_until = $now, owner = NULL WHERE owner = $owner AND leased_until > $now;", pages: 4, "$owner", "$now");

    private static readonly SqliteStatement Lease = new("""
        UPDATE inbox SET leased_until = $until, owner = $owner, attempts = attempts + 1
        WHERE item_key IN (SELECT item_key FROM inbox WHERE leased_until <= $now ORDER BY leased_until, rowid LIMIT $max)
        RETURNING item_key, kind, payload, progress, attempts, rowid;
        """, pages: 4, "$owner", "$now", "$until", "$max");

    public async Task<bool> TryAddAsync(string key, string kind, string payload, string owner, DateTimeOffset leasedUntil, CancellationToken cancellationToken)
    {
        CheckKey(key);
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var added = await writer.ExecuteAsync(Add, [key, kind, payload, owner, leasedUntil.ToUnixTimeMilliseconds()], cancellationToken).ConfigureAwait(false);
        return added == 1;
    }

    public Task<IReadOnlyList<InboxItem>> LeaseAsync(string owner, DateTimeOffset now, DateTimeOffset leasedUntil, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(max, 0);
        return writer.QueryAsync(Lease, [owner, now.ToUnixTimeMilliseconds(), leasedUntil.ToUnixTimeMilliseconds(), max], ReadLeased, cancellationToken);
    }

    public Task<int> RenewAsync(string owner, IReadOnlyCollection<string> keys, DateTimeOffset leasedUntil, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return keys.Count == 0
            ? Task.FromResult(0)
            : writer.ExecuteAsync(Renew, [owner, JsonSerializer.Serialize(keys), leasedUntil.ToUnixTimeMilliseconds()], cancellationToken);
    }

    public async Task<IReadOnlyList<string>> OwnersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "SELECT DISTINCT owner FROM inbox WHERE owner IS NOT NULL AND leased_until > $now;";
                command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
                var owners = new List<string>();
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        owners.Add(reader.GetString(0));
                    }
                }

                return owners;
            }
        }
    }

    public Task<int> ReleaseOwnerAsync(string owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return writer.ExecuteAsync(ReleaseOwner, [owner, now.ToUnixTimeMilliseconds()], cancellationToken);
    }

    public Task SaveProgressAsync(string key, string progress, CancellationToken cancellationToken)
    {
        CheckKey(key);
        return writer.ExecuteAsync(Progress, [key, progress], cancellationToken);
    }

    public Task ReleaseAsync(string key, string owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        CheckKey(key);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return writer.ExecuteAsync(Release, [key, owner, now.ToUnixTimeMilliseconds()], cancellationToken);
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
