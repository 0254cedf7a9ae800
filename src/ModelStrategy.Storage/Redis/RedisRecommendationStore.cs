using System.Text;
using System.Text.Json;
using ModelStrategy.Core.Recommendations;
using StackExchange.Redis;

namespace ModelStrategy.Storage.Redis;

/// <summary>
/// Keeps each recommendation as one Redis string holding what the SQLite store keeps: its JSON
/// (<see cref="RecommendationJson.Options"/>) compressed by <see cref="CompressedJson"/> (sizes in docs/PERFORMANCE.md)
/// to spare Redis memory; values written before compression (plain JSON) are still read. The key's TTL is what is left of
/// its <see cref="RecommendationRetention"/>, set by the same SET command (SET … PX), so no key is ever stored without
/// its expiry, and every save keeps the recommendations within their bound (<see cref="RedisRecommendationSpace"/>).
/// Its <see cref="Recommendation.Audience"/> is a key of its own beside it, written and removed with it. A
/// recommendation past its retention reads as unknown even before Redis has removed the key.
/// </summary>
internal sealed class RedisRecommendationStore(RedisConnection connection, RecommendationRetention retention, RedisRecommendationSpace space) : IRecommendationStore
{
    public Task SaveAsync(Recommendation recommendation, CancellationToken cancellationToken)
    {
        return SaveAsync(recommendation, JsonSerializer.SerializeToUtf8Bytes(recommendation, RecommendationJson.Options), cancellationToken);
    }

    public Task SaveAsync(Recommendation recommendation, string json, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(json);
        return SaveAsync(recommendation, Encoding.UTF8.GetBytes(json), cancellationToken);
    }

    public async Task SaveAsync(Recommendation recommendation, ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(recommendation.Id);
        if (utf8Json.IsEmpty)
        {
            throw new ArgumentException("The JSON must not be empty.", nameof(utf8Json));
        }

        // Already expired (no TTL left): the latest save of this id is one nobody may read, so it is removed.
        await space.SaveAsync(recommendation.Id, CompressedJson.Compress(utf8Json.Span), recommendation.Audience?.ToString(), recommendation.RequestedBy,
            recommendation.CreatedAt, retention.Remaining(recommendation.CreatedAt), retention.Now, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Recommendation?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var json = database.StringGetAsync(connection.Keys.Recommendation(id));
        var audience = database.StringGetAsync(connection.Keys.RecommendationAudience(id));
        var stored = (byte[]?)await json.WaitAsync(cancellationToken).ConfigureAwait(false);
        var owner = (string?)await audience.WaitAsync(cancellationToken).ConfigureAwait(false);
        var recommendation = stored is null ? null : CompressedJson.Read(stored);
        return recommendation is null || retention.IsExpired(recommendation.CreatedAt) ? null : recommendation with { Audience = Audience.Parse(owner) };
    }

    public async Task<IReadOnlyList<Recommendation>> RecentAsync(Audience audience, string? requestedBy, int count, CancellationToken cancellationToken)
    {
        count = Math.Clamp(count, 1, IRecommendationStore.MaxRecent);
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var list = connection.Keys.Recent(audience.ToString(), requestedBy);
        var ids = await database.SortedSetRangeByRankAsync(list, 0, RedisRecommendationSpace.RecentKept - 1, Order.Descending).WaitAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<Recommendation>(count);
        var gone = new List<RedisValue>();
        foreach (var batch in ids.Chunk(count))
        {
            var read = await Task.WhenAll(batch.Select(id => GetAsync(id.ToString(), cancellationToken))).ConfigureAwait(false);
            for (var i = 0; i < batch.Length && found.Count < count; i++)
            {
                if (read[i] is { } recommendation && audience.Equals(recommendation.Audience))
                {
                    found.Add(recommendation);
                }
                else
                {
                    gone.Add(batch[i]);
                }
            }

            if (found.Count == count)
            {
                break;
            }
        }

        if (gone.Count > 0)
        {
            await database.SortedSetRemoveAsync(list, [.. gone]).WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        return found;
    }
}
