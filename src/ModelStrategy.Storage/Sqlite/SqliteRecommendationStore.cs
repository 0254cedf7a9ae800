using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// Keeps recommendations in one SQLite table as compressed JSON (<see cref="RecommendationJson.Options"/>,
/// <see cref="CompressedJson"/>), keyed by id. Saves go
/// through the group-commit <see cref="SqliteWriter"/>; reads use their own pooled connections and
/// parameterized SQL, so concurrent requests are safe. A row past its <see cref="RecommendationRetention"/> reads as
/// unknown at once, whether or not the <see cref="SqliteRecommendationSweeper"/> has deleted it yet. Its
/// <see cref="Recommendation.Audience"/> is kept in a column of its own beside the JSON.
/// </summary>
internal sealed class SqliteRecommendationStore(SqliteDatabase database, SqliteWriter writer, RecommendationRetention retention)
    : IRecommendationStore, IStoreReadiness
{
    /// <summary>Counted as four pages: one compressed row and its index entries (sizes in docs/PERFORMANCE.md).</summary>
    private static readonly SqliteStatement Upsert = new("""
        INSERT INTO recommendations (id, created_at, json, audience, requested_by) VALUES ($id, $createdAt, $json, $audience, $requestedBy)
        ON CONFLICT (id) DO UPDATE SET created_at = excluded.created_at, json = excluded.json, audience = excluded.audience, requested_by = excluded.requested_by;
        """, pages: 4, "$id", "$createdAt", "$json", "$audience", "$requestedBy");

    private const string SelectSql = "SELECT json, audience FROM recommendations WHERE id = $id AND created_at > $cutoff;";

    private const string RecentSql = """
        SELECT json, audience FROM recommendations
        WHERE audience = $audience AND ($requestedBy IS NULL OR requested_by = $requestedBy) AND created_at > $cutoff
        ORDER BY created_at DESC LIMIT $count;
        """;

    private const string ProbeSql = "SELECT COUNT(*) FROM recommendations WHERE id = '';";

    public Task SaveAsync(Recommendation recommendation, CancellationToken cancellationToken)
    {
        return SaveAsync(recommendation, JsonSerializer.SerializeToUtf8Bytes(recommendation, RecommendationJson.Options), cancellationToken);
    }

    public Task SaveAsync(Recommendation recommendation, string json, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(json);
        return SaveAsync(recommendation, Encoding.UTF8.GetBytes(json), cancellationToken);
    }

    public Task SaveAsync(Recommendation recommendation, ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(recommendation.Id);
        if (utf8Json.IsEmpty)
        {
            throw new ArgumentException("The JSON must not be empty.", nameof(utf8Json));
        }

        var compressed = CompressedJson.Compress(utf8Json.Span);
        return writer.ExecuteAsync(Upsert, [recommendation.Id, SqliteTimestamps.Format(recommendation.CreatedAt), compressed, recommendation.Audience?.ToString(), recommendation.RequestedBy], cancellationToken);
    }

    public async Task<Recommendation?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        // The row is taken as stored and decompressed after the connection is handed back.
        var row = await database.Readers.ReadAsync(SelectSql, [("$id", id), ("$cutoff", SqliteTimestamps.Format(retention.Cutoff()))],
            static reader => reader.Read() ? (Value: reader.GetValue(0), Audience: reader.IsDBNull(1) ? null : reader.GetString(1)) : default((object? Value, string? Audience)?),
            cancellationToken).ConfigureAwait(false);
        return row is { } stored ? FromRow(stored.Value, stored.Audience) : null;
    }

    public async Task<IReadOnlyList<Recommendation>> RecentAsync(Audience audience, string? requestedBy, int count, CancellationToken cancellationToken)
    {
        // Rows as stored; decompressed after the connection is handed back.
        var rows = await database.Readers.ReadAsync(RecentSql,
            [("$audience", audience.ToString()), ("$requestedBy", requestedBy), ("$count", Math.Clamp(count, 1, IRecommendationStore.MaxRecent)),
             ("$cutoff", SqliteTimestamps.Format(retention.Cutoff()))],
            static reader =>
            {
                var found = new List<(object Value, string? Audience)>();
                while (reader.Read())
                {
                    found.Add((reader.GetValue(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
                }

                return found;
            },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => FromRow(r.Value, r.Audience)).OfType<Recommendation>()];
    }

    private static Recommendation? FromRow(object value, string? audience) =>
        CompressedJson.Read(value) is { } recommendation ? recommendation with { Audience = Audience.Parse(audience) } : null;

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
