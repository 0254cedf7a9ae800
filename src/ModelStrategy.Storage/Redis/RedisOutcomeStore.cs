using ModelStrategy.Core.Outcomes;
using ModelStrategy.Core.Recommendations;
using StackExchange.Redis;

namespace ModelStrategy.Storage.Redis;

/// <summary>
/// Outcomes in Redis: a hash per recommendation (audience, chosen at, choice, actuals) and, per team, a sorted set of
/// recommendation ids scored by when the choice was made. The choice and the actuals are separate fields, each written
/// by one script, so writing one never overwrites the other.
/// </summary>
internal sealed class RedisOutcomeStore(RedisConnection connection) : IOutcomeStore
{
    // KEYS: outcome; ARGV: id, audience ('' for none), chosen at (ms), choice JSON, team index prefix.
    private const string ChooseScript = """
        redis.call('HSETNX', KEYS[1], 'audience', ARGV[2])
        redis.call('HSET', KEYS[1], 'chosenAt', ARGV[3], 'choice', ARGV[4])
        local audience = redis.call('HGET', KEYS[1], 'audience')
        if audience ~= '' then redis.call('ZADD', ARGV[5] .. audience, ARGV[3], ARGV[1]) end
        return 1
        """;

    // KEYS: outcome; ARGV: actuals JSON. 1 when stored, 0 when there is no choice yet.
    private const string ReportScript = """
        if redis.call('HEXISTS', KEYS[1], 'choice') == 0 then return 0 end
        redis.call('HSET', KEYS[1], 'actuals', ARGV[1])
        return 1
        """;

    public async Task SaveChoiceAsync(string recommendationId, Audience? audience, OutcomeChoice choice, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(recommendationId);
        ArgumentNullException.ThrowIfNull(choice);
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var keys = connection.Keys;
        await database.ScriptEvaluateAsync(ChooseScript, [keys.Outcome(recommendationId)],
            [recommendationId, audience?.ToString() ?? string.Empty, choice.At.ToUnixTimeMilliseconds(), OutcomeJson.Serialize(choice), keys.OutcomeTeamPrefix])
            .WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> SaveActualsAsync(string recommendationId, OutcomeActuals actuals, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(recommendationId);
        ArgumentNullException.ThrowIfNull(actuals);
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var result = await database.ScriptEvaluateAsync(ReportScript, [connection.Keys.Outcome(recommendationId)], [OutcomeJson.Serialize(actuals)])
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        return (long)result == 1;
    }

    public async Task<Outcome?> GetAsync(string recommendationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(recommendationId);
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(database, recommendationId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Outcome>> ListAsync(Audience audience, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var ids = await database.SortedSetRangeByRankAsync(connection.Keys.OutcomeTeam(audience.ToString()), 0, max - 1, Order.Descending)
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        var outcomes = new List<Outcome>(ids.Length);
        foreach (var id in ids)
        {
            if (await ReadAsync(database, id!, cancellationToken).ConfigureAwait(false) is { } outcome)
            {
                outcomes.Add(outcome);
            }
        }

        return outcomes;
    }

    private async Task<Outcome?> ReadAsync(IDatabase database, string recommendationId, CancellationToken cancellationToken)
    {
        var fields = await database.HashGetAsync(connection.Keys.Outcome(recommendationId), ["audience", "choice", "actuals"])
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        return fields[1].IsNull ? null : OutcomeJson.Read(recommendationId, fields[0].IsNullOrEmpty ? null : (string?)fields[0], fields[1], fields[2].IsNull ? null : (string?)fields[2]);
    }
}
