using System.Globalization;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// Keeps conversation state in the same SQLite file as the recommendations, one row per conversation key, with a
/// version column for optimistic concurrency: a write names the version it read and changes nothing when it moved.
/// Saves share the group-commit <see cref="SqliteWriter"/>'s transactions with the other small writes.
/// </summary>
internal sealed class SqliteConversationStore(SqliteDatabase database, SqliteWriter writer) : IConversationStore
{
    private const string SelectSql = "SELECT payload, version, updated_at FROM conversations WHERE conversation_key = $key;";

    private static readonly SqliteStatement Insert = new("""
        INSERT INTO conversations (conversation_key, version, updated_at, payload) VALUES ($key, 1, $updatedAt, $payload)
        ON CONFLICT (conversation_key) DO NOTHING;
        """, pages: 1, "$key", "$payload", "$updatedAt");

    private static readonly SqliteStatement Update = new("""
        UPDATE conversations SET version = version + 1, updated_at = $updatedAt, payload = $payload
        WHERE conversation_key = $key AND version = $expected;
        """, pages: 1, "$key", "$payload", "$updatedAt", "$expected");

    public Task<ConversationRecord?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return database.Readers.ReadAsync(SelectSql, [("$key", key)], static reader =>
        {
            if (!reader.Read())
            {
                return null;
            }

            var updatedAt = DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            return new ConversationRecord(reader.GetString(0), reader.GetInt64(1), updatedAt);
        }, cancellationToken);
    }

    public async Task<long?> TrySaveAsync(string key, string payload, long expectedVersion, DateTimeOffset updatedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var stamp = updatedAt.ToString("O", CultureInfo.InvariantCulture);
        var changed = expectedVersion == 0
            ? await writer.ExecuteAsync(Insert, [key, payload, stamp], cancellationToken).ConfigureAwait(false)
            : await writer.ExecuteAsync(Update, [key, payload, stamp, expectedVersion], cancellationToken).ConfigureAwait(false);
        return changed == 1 ? expectedVersion + 1 : null;
    }
}
