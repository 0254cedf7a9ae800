using Microsoft.Extensions.Options;
using ModelStrategy.Core.ChannelSupport.Telemetry;
using ModelStrategy.Core.Recommendations;
using StackExchange.Redis;

namespace ModelStrategy.Storage.Redis;

/// <summary>
/// Saves recommendations into their own bounded space (<see cref="StorageOptions.RecommendationSpaceBytes"/>): one
/// script writes the value with its TTL, records its size and expiry in an index, drops index entries whose keys have
/// expired, and removes the soonest-to-expire recommendations (the oldest) while the space is over its bound. Redis
/// itself runs with <c>maxmemory-policy noeviction</c>, so it never evicts anything: dialog state and de-duplication
/// keys can only be lost by their own expiry, and the recommendations, bounded here, cannot fill the memory they need.
/// </summary>
internal sealed class RedisRecommendationSpace(RedisConnection connection, IOptions<StorageOptions> options, StorageMetrics? metrics = null)
{
    // KEYS: the recommendation, the expiry index, the sizes, the byte counter, the recommendation's audience, the audience's
    // recent list, the requester's recent list within it.
    // ARGV: id, value, TTL in ms (0: already expired, drop it), expiry (Unix ms), now (Unix ms), bound in bytes, key prefix,
    // audience ("" for none), audience key prefix, created (Unix ms), how many a recent list keeps, the lists' TTL in ms,
    // "1" when there is a requester.
    // Returns {bytes in use, recommendations removed to make room}.
    // The first write is the SET: when Redis is out of memory it refuses it, and with it the whole save, before anything
    // changed (a script is only checked at its first write: later ones must run, as it cannot stop half-way).
    private const string SaveScript = """
        local id, value, ttl, expires, now, bound, prefix = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4], ARGV[5], tonumber(ARGV[6]), ARGV[7]
        local audience, audiencePrefix = ARGV[8], ARGV[9]
        local created, keep, listTtl, byUser = ARGV[10], tonumber(ARGV[11]), tonumber(ARGV[12]), ARGV[13] == '1'
        local function list(key)
          redis.call('ZADD', key, created, id)
          redis.call('ZREMRANGEBYRANK', key, 0, -keep - 1)
          redis.call('PEXPIRE', key, listTtl)
        end
        local total = tonumber(redis.call('GET', KEYS[4]) or '0')
        local function forget(victim)
          local size = redis.call('HGET', KEYS[3], victim)
          if size then total = redis.call('DECRBY', KEYS[4], size) end
          redis.call('HDEL', KEYS[3], victim)
          redis.call('ZREM', KEYS[2], victim)
        end
        if ttl <= 0 then
          redis.call('DEL', KEYS[1], KEYS[5])
          if audience ~= '' then redis.call('ZREM', KEYS[6], id) redis.call('ZREM', KEYS[7], id) end
          forget(id)
          return {total, 0}
        end
        redis.call('SET', KEYS[1], value, 'PX', ttl)
        if audience == '' then redis.call('DEL', KEYS[5]) else
          redis.call('SET', KEYS[5], audience, 'PX', ttl)
          list(KEYS[6])
          if byUser then list(KEYS[7]) end
        end
        forget(id)
        local size = string.len(value) + string.len(audience) + 3 * string.len(id) + 160
        redis.call('ZADD', KEYS[2], expires, id)
        redis.call('HSET', KEYS[3], id, size)
        total = redis.call('INCRBY', KEYS[4], size)
        for _, gone in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, 256)) do forget(gone) end
        local removed = 0
        while total > bound do
          local oldest = redis.call('ZRANGE', KEYS[2], 0, 0)
          if #oldest == 0 or oldest[1] == id then break end
          forget(oldest[1])
          redis.call('DEL', prefix .. oldest[1], audiencePrefix .. oldest[1])
          removed = removed + 1
        end
        return {total, removed}
        """;

    /// <summary>No TTL is longer than this: twice the longest retention, far below what Redis can take.</summary>
    private static readonly TimeSpan MaxTtl = 2 * StorageOptions.MaxRecommendationRetention;

    private readonly long _bound = options.Value.RecommendationSpaceBytes();

    /// <summary>How many ids a recent list keeps (the newest); more than <see cref="IRecommendationStore.MaxRecent"/>, as some may have gone.</summary>
    public const int RecentKept = 4 * IRecommendationStore.MaxRecent;

    /// <summary>
    /// Stores <paramref name="value"/> and its <paramref name="audience"/> under <paramref name="id"/> for <paramref name="ttl"/>
    /// (none left: removes them), and lists it, by <paramref name="created"/>, among the audience's recent ones and
    /// <paramref name="requestedBy"/>'s. A list lives as long as the longest retention after its last entry; ids whose
    /// recommendation has gone (expired, or removed to make room) are dropped by <see cref="RedisRecommendationStore.RecentAsync"/>.
    /// </summary>
    public async Task SaveAsync(string id, byte[] value, string? audience, string? requestedBy, DateTimeOffset created, TimeSpan ttl, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var keys = connection.Keys;
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var ttlMs = ttl >= TimeSpan.FromMilliseconds(1) ? (long)Math.Min(ttl.TotalMilliseconds, MaxTtl.TotalMilliseconds) : 0;
        var nowMs = now.ToUnixTimeMilliseconds();
        RedisKey[] scriptKeys =
        [
            keys.Recommendation(id), keys.RecommendationExpiry, keys.RecommendationSizes, keys.RecommendationBytes, keys.RecommendationAudience(id),
            keys.Recent(audience ?? string.Empty, null), keys.Recent(audience ?? string.Empty, requestedBy ?? string.Empty),
        ];
        RedisValue[] arguments =
        [
            id, value, ttlMs, nowMs + ttlMs, nowMs, _bound, keys.RecommendationPrefix, audience ?? string.Empty, keys.RecommendationAudiencePrefix,
            created.ToUnixTimeMilliseconds(), RecentKept, (long)MaxTtl.TotalMilliseconds, requestedBy is { Length: > 0 } ? "1" : "0",
        ];
        var result = (RedisResult[])(await database.ScriptEvaluateAsync(SaveScript, scriptKeys, arguments).WaitAsync(cancellationToken).ConfigureAwait(false))!;
        metrics?.Observe((long)result[0], _bound);
        metrics?.Evicted((long)result[1]);
    }
}
