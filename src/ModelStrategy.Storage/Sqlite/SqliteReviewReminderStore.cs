using Microsoft.Data.Sqlite;
using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// Review reminders in the shared SQLite file: one row each, with when it is due and when its lease ends (Unix
/// milliseconds; a new reminder's lease ends when it is due). Claiming is one UPDATE … RETURNING over the rows whose
/// lease has ended, so SQLite's write lock keeps two processes from claiming the same reminder. Writes share the
/// group-commit <see cref="SqliteWriter"/>'s transactions.
/// </summary>
internal sealed class SqliteReviewReminderStore(SqliteDatabase database, SqliteWriter writer) : IReviewReminderStore
{
    private static readonly SqliteStatement Add = new("""
        INSERT INTO review_reminders (reminder_id, conversation_key, due_at, leased_until, attempts, payload)
        SELECT $id, $key, $due, $due, 0, $payload
        WHERE (SELECT COUNT(*) FROM review_reminders WHERE conversation_key = $key) < $max
        ON CONFLICT (reminder_id) DO NOTHING;
        """, pages: 1, "$id", "$key", "$due", "$payload", "$max");

    private static readonly SqliteStatement Claim = new("""
        UPDATE review_reminders SET leased_until = $until, attempts = attempts + 1
        WHERE reminder_id IN (SELECT reminder_id FROM review_reminders WHERE leased_until <= $now ORDER BY leased_until LIMIT $max)
        RETURNING payload, attempts, due_at;
        """, pages: 2, "$now", "$until", "$max");

    private static readonly SqliteStatement Cancel = new("""
        DELETE FROM review_reminders WHERE conversation_key = $key AND reminder_id = $id RETURNING payload, attempts, due_at;
        """, pages: 1, "$key", "$id");

    private static readonly SqliteStatement Complete = new("DELETE FROM review_reminders WHERE reminder_id = $id;", pages: 1, "$id");

    public async Task<ReviewAdd> TryAddAsync(ReviewReminder reminder, int maxPerConversation, CancellationToken cancellationToken)
    {
        var added = await writer.ExecuteAsync(Add,
            [reminder.Id, reminder.ConversationKey, reminder.DueAt.ToUnixTimeMilliseconds(), ReviewReminderJson.Serialize(reminder), maxPerConversation],
            cancellationToken).ConfigureAwait(false);
        if (added == 1)
        {
            return ReviewAdd.Added;
        }

        var existing = await ReadAsync("SELECT payload, attempts, due_at FROM review_reminders WHERE reminder_id = $value;", reminder.Id, cancellationToken).ConfigureAwait(false);
        return existing.Count > 0 ? ReviewAdd.Exists : ReviewAdd.Full;
    }

    public Task<IReadOnlyList<ReviewReminder>> ListAsync(string conversationKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        return ReadAsync("SELECT payload, attempts, due_at FROM review_reminders WHERE conversation_key = $value;", conversationKey, cancellationToken);
    }

    public async Task<ReviewReminder?> CancelAsync(string conversationKey, string reminderId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        ArgumentException.ThrowIfNullOrEmpty(reminderId);
        var removed = await writer.QueryAsync(Cancel, [conversationKey, reminderId], Reminders, cancellationToken).ConfigureAwait(false);
        return removed.Count > 0 ? removed[0] : null;
    }

    public Task<IReadOnlyList<ReviewReminder>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leasedUntil, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(max, 0);
        return writer.QueryAsync(Claim, [now.ToUnixTimeMilliseconds(), leasedUntil.ToUnixTimeMilliseconds(), max], Reminders, cancellationToken);
    }

    public Task CompleteAsync(string reminderId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(reminderId);
        return writer.ExecuteAsync(Complete, [reminderId], cancellationToken);
    }

    private async Task<IReadOnlyList<ReviewReminder>> ReadAsync(string sql, string value, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = sql;
                command.Parameters.AddWithValue("$value", value);
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    return Reminders(reader);
                }
            }
        }
    }

    /// <summary>The rows (payload, attempts, due_at), soonest due first (RETURNING gives no order).</summary>
    private static IReadOnlyList<ReviewReminder> Reminders(SqliteDataReader reader)
    {
        var rows = new List<(long Due, ReviewReminder Reminder)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(2), ReviewReminderJson.Deserialize(reader.GetString(0), reader.GetInt64(1))));
        }

        return [.. rows.OrderBy(r => r.Due).ThenBy(r => r.Reminder.Id, StringComparer.Ordinal).Select(r => r.Reminder)];
    }
}
