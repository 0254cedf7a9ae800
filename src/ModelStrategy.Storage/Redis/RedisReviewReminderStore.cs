using ModelStrategy.Core.Reviews;
using StackExchange.Redis;

namespace ModelStrategy.Storage.Redis;

/// <summary>
/// Review reminders in Redis: a hash per reminder (conversation, payload, attempts), one sorted set of reminder ids
/// scored by the end of their lease (Unix ms; a new reminder's lease ends when it is due) and, per conversation, a
/// sorted set of its reminder ids scored by when they are due. Adding, claiming, cancelling and completing are each one
/// script, so of any number of instances claiming at once exactly one gets each reminder.
/// </summary>
internal sealed class RedisReviewReminderStore(RedisConnection connection) : IReviewReminderStore
{
    // KEYS: item, lease index, conversation index; ARGV: id, conversation, payload, due, max.
    private const string AddScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return 'exists' end
        if redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[5]) then return 'full' end
        redis.call('HSET', KEYS[1], 'conversation', ARGV[2], 'payload', ARGV[3], 'attempts', 0)
        redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
        redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1])
        return 'added'
        """;

    // KEYS: lease index; ARGV: now, leased until, max, item prefix. Flat array: payload, attempts …
    private const string ClaimScript = """
        local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
        local out = {}
        for _, id in ipairs(due) do
            local item = ARGV[4] .. id
            if redis.call('EXISTS', item) == 0 then
                redis.call('ZREM', KEYS[1], id)
            else
                redis.call('ZADD', KEYS[1], ARGV[2], id)
                local attempts = redis.call('HINCRBY', item, 'attempts', 1)
                table.insert(out, redis.call('HGET', item, 'payload'))
                table.insert(out, tostring(attempts))
            end
        end
        return out
        """;

    // KEYS: item, lease index, conversation index; ARGV: id, conversation (nil from 'conversation' = any). {payload, attempts} or {}.
    private const string RemoveScript = """
        local fields = redis.call('HMGET', KEYS[1], 'conversation', 'payload', 'attempts')
        if not fields[1] or (ARGV[2] ~= '' and fields[1] ~= ARGV[2]) then return {} end
        redis.call('DEL', KEYS[1])
        redis.call('ZREM', KEYS[2], ARGV[1])
        redis.call('ZREM', ARGV[3] .. fields[1], ARGV[1])
        return {fields[2], fields[3]}
        """;

    public async Task<ReviewAdd> TryAddAsync(ReviewReminder reminder, int maxPerConversation, CancellationToken cancellationToken)
    {
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var keys = connection.Keys;
        var result = await database.ScriptEvaluateAsync(AddScript,
            [keys.ReviewReminder(reminder.Id), keys.ReviewLeases, keys.ReviewConversation(reminder.ConversationKey)],
            [reminder.Id, reminder.ConversationKey, ReviewReminderJson.Serialize(reminder), reminder.DueAt.ToUnixTimeMilliseconds(), maxPerConversation])
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        return (string?)result switch
        {
            "added" => ReviewAdd.Added,
            "exists" => ReviewAdd.Exists,
            _ => ReviewAdd.Full,
        };
    }

    public async Task<IReadOnlyList<ReviewReminder>> ListAsync(string conversationKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var ids = await database.SortedSetRangeByRankAsync(connection.Keys.ReviewConversation(conversationKey)).WaitAsync(cancellationToken).ConfigureAwait(false);
        var reminders = new List<ReviewReminder>(ids.Length);
        foreach (var id in ids)
        {
            var fields = await database.HashGetAsync(connection.Keys.ReviewReminder(id!), ["payload", "attempts"]).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (!fields[0].IsNull)
            {
                reminders.Add(ReviewReminderJson.Deserialize(fields[0]!, (long)fields[1]));
            }
        }

        return reminders;
    }

    public Task<ReviewReminder?> CancelAsync(string conversationKey, string reminderId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        ArgumentException.ThrowIfNullOrEmpty(reminderId);
        return RemoveAsync(reminderId, conversationKey, cancellationToken);
    }

    public async Task<IReadOnlyList<ReviewReminder>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leasedUntil, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(max, 0);
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var result = await database.ScriptEvaluateAsync(ClaimScript, [connection.Keys.ReviewLeases],
            [now.ToUnixTimeMilliseconds(), leasedUntil.ToUnixTimeMilliseconds(), max, connection.Keys.ReviewReminderPrefix])
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        var fields = (RedisResult[])result!;
        var claimed = new List<ReviewReminder>(fields.Length / 2);
        for (var i = 0; i + 1 < fields.Length; i += 2)
        {
            claimed.Add(ReviewReminderJson.Deserialize((string)fields[i]!, long.Parse((string)fields[i + 1]!, System.Globalization.CultureInfo.InvariantCulture)));
        }

        return claimed;
    }

    public Task CompleteAsync(string reminderId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(reminderId);
        return RemoveAsync(reminderId, conversationKey: string.Empty, cancellationToken);
    }

    private async Task<ReviewReminder?> RemoveAsync(string reminderId, string conversationKey, CancellationToken cancellationToken)
    {
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var keys = connection.Keys;
        var result = await database.ScriptEvaluateAsync(RemoveScript, [keys.ReviewReminder(reminderId), keys.ReviewLeases],
            [reminderId, conversationKey, keys.ReviewConversationPrefix]).WaitAsync(cancellationToken).ConfigureAwait(false);
        var fields = (RedisResult[])result!;
        return fields.Length == 2 ? ReviewReminderJson.Deserialize((string)fields[0]!, long.Parse((string)fields[1]!, System.Globalization.CultureInfo.InvariantCulture)) : null;
    }
}
