using System.Text.Json;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Storage.Redis;

/// <summary>
/// Keeps each recommendation as one Redis string holding the same JSON the SQLite store keeps
/// (<see cref="RecommendationJson.Options"/>). The key's TTL is what is left of its <see cref="RecommendationRetention"/>,
/// set by the same SET command (SET … PX), so no key is ever stored without its expiry. A recommendation past its
/// retention reads as unknown even before Redis has evicted the key.
/// </summary>
internal sealed class RedisRecommendationStore(RedisConnection connection, RecommendationRetention retention) : IRecommendationStore
{
    /// <summary>The shortest TTL Redis can be given (PX takes whole milliseconds, and 0 is refused).</summary>
    private static readonly TimeSpan MinimumTtl = TimeSpan.FromMilliseconds(1);

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
        var key = connection.Keys.Recommendation(recommendation.Id);
        var remaining = retention.Remaining(recommendation.CreatedAt);
        var saved = remaining >= MinimumTtl
            ? database.StringSetAsync(key, json, remaining)
            : database.KeyDeleteAsync(key); // Already expired: the latest save of this id is one nobody may read.
        await saved.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Recommendation?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var json = await database.StringGetAsync(connection.Keys.Recommendation(id)).WaitAsync(cancellationToken).ConfigureAwait(false);
        var recommendation = json.IsNull ? null : JsonSerializer.Deserialize<Recommendation>(json.ToString(), RecommendationJson.Options);
        return recommendation is null || retention.IsExpired(recommendation.CreatedAt) ? null : recommendation;
    }
}
