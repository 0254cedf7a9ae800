using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// Keeps recommendations in one SQLite table as JSON (<see cref="RecommendationJson.Options"/>), keyed by id.
/// Every operation uses its own connection and parameterized SQL, so concurrent requests are safe.
/// </summary>
internal sealed class SqliteRecommendationStore(SqliteDatabase database) : IRecommendationStore, IStoreReadiness
{
    private const string UpsertSql = """
        INSERT INTO recommendations (id, created_at, json) VALUES ($id, $createdAt, $json)
        ON CONFLICT (id) DO UPDATE SET created_at = excluded.created_at, json = excluded.json;
        """;

    private const string SelectSql = "SELECT json FROM recommendations WHERE id = $id;";

    private const string ProbeSql = "SELECT COUNT(*) FROM recommendations WHERE id = '';";

    public Task SaveAsync(Recommendation recommendation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return SaveAsync(recommendation, JsonSerializer.Serialize(recommendation, RecommendationJson.Options), cancellationToken);
    }

    public async Task SaveAsync(Recommendation recommendation, string json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        ArgumentException.ThrowIfNullOrEmpty(recommendation.Id);
        ArgumentException.ThrowIfNullOrEmpty(json);
        using var turn = await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = UpsertSql;
                command.Parameters.AddWithValue("$id", recommendation.Id);
                command.Parameters.AddWithValue("$createdAt", recommendation.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
                command.Parameters.AddWithValue("$json", json);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<Recommendation?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = SelectSql;
                command.Parameters.AddWithValue("$id", id);
                var json = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
                return json is null ? null : JsonSerializer.Deserialize<Recommendation>(json, RecommendationJson.Options);
            }
        }
    }

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var command = connection.CreateCommand();
                await using (command.ConfigureAwait(false))
                {
                    command.CommandText = ProbeSql;
                    await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                    return true;
                }
            }
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return false;
        }
    }
}
