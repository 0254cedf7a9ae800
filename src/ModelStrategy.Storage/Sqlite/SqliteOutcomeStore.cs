using Microsoft.Data.Sqlite;
using ModelStrategy.Core.Outcomes;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// Outcomes in the shared SQLite file: one row per recommendation, the choice and the actuals in columns of their own
/// (JSON), so writing one never overwrites the other; the audience beside them for the team's export.
/// </summary>
internal sealed class SqliteOutcomeStore(SqliteDatabase database, SqliteWriter writer) : IOutcomeStore
{
    private static readonly SqliteStatement Choose = new("""
        INSERT INTO outcomes (recommendation_id, audience, chosen_at, choice) VALUES ($id, $audience, $at, $choice)
        ON CONFLICT (recommendation_id) DO UPDATE SET chosen_at = excluded.chosen_at, choice = excluded.choice,
            audience = COALESCE(outcomes.audience, excluded.audience);
        """, pages: 1, "$id", "$audience", "$at", "$choice");

    private static readonly SqliteStatement Report = new(
        "UPDATE outcomes SET actuals = $actuals WHERE recommendation_id = $id;", pages: 1, "$id", "$actuals");

    public Task SaveChoiceAsync(string recommendationId, Audience? audience, OutcomeChoice choice, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(recommendationId);
        ArgumentNullException.ThrowIfNull(choice);
        return writer.ExecuteAsync(Choose, [recommendationId, audience?.ToString(), choice.At.ToUnixTimeMilliseconds(), OutcomeJson.Serialize(choice)], cancellationToken);
    }

    public async Task<bool> SaveActualsAsync(string recommendationId, OutcomeActuals actuals, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(recommendationId);
        ArgumentNullException.ThrowIfNull(actuals);
        return await writer.ExecuteAsync(Report, [recommendationId, OutcomeJson.Serialize(actuals)], cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<Outcome?> GetAsync(string recommendationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(recommendationId);
        var rows = await ReadAsync("SELECT recommendation_id, audience, choice, actuals FROM outcomes WHERE recommendation_id = $value LIMIT 1;",
            recommendationId, 1, cancellationToken).ConfigureAwait(false);
        return rows.Count > 0 ? rows[0] : null;
    }

    public Task<IReadOnlyList<Outcome>> ListAsync(Audience audience, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return ReadAsync("SELECT recommendation_id, audience, choice, actuals FROM outcomes WHERE audience = $value ORDER BY chosen_at DESC, recommendation_id LIMIT $max;",
            audience.ToString(), max, cancellationToken);
    }

    private async Task<IReadOnlyList<Outcome>> ReadAsync(string sql, string value, int max, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = sql;
                command.Parameters.AddWithValue("$value", value);
                if (sql.Contains("$max", StringComparison.Ordinal))
                {
                    command.Parameters.AddWithValue("$max", max);
                }

                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    var outcomes = new List<Outcome>();
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        outcomes.Add(OutcomeJson.Read(reader.GetString(0), Text(reader, 1), Text(reader, 2), Text(reader, 3)));
                    }

                    return outcomes;
                }
            }
        }
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
