using System.Text.Json;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Storage.Redis;

/// <summary>
/// Keeps each recommendation as one Redis string holding the same JSON the SQLite store keeps
/// (<see cref="RecommendationJson.Options"/>), with no expiry: a shared report link keeps working.
/// </summary>
internal sealed class RedisRecommendationStore(RedisConnection connection) : IRecommendationStore
{
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
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        await database.StringSetAsync(connection.Keys.Recommendation(recommendation.Id), json).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Recommendation?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var json = await database.StringGetAsync(connection.Keys.Recommendation(id)).WaitAsync(cancellationToken).ConfigureAwait(false);
        return json.IsNull ? null : JsonSerializer.Deserialize<Recommendation>(json.ToString(), RecommendationJson.Options);
    }
}
