namespace ModelStrategy.Storage;

/// <summary>Where recommendations and dialog state are kept. Bound from the "Storage" section.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Storage";

    /// <summary>The embedded default provider: one SQLite file, no credentials.</summary>
    public const string SqliteProvider = "Sqlite";

    /// <summary>The scale-out provider, shared by many bot instances.</summary>
    public const string RedisProvider = "Redis";

    /// <summary>The default SQLite file, relative to the working directory.</summary>
    public const string DefaultSqlitePath = "data/modelstrategy.db";

    /// <summary>The name of the connection string the Redis provider reads (<c>ConnectionStrings__Redis</c>).</summary>
    public const string RedisConnectionStringName = "Redis";

    /// <summary>The default prefix of every Redis key this bot writes.</summary>
    public const string DefaultRedisKeyPrefix = "modelstrategy:";

    /// <summary>Which store to use: <c>Sqlite</c> (default) or <c>Redis</c>.</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>The SQLite file; its directory is created on first use.</summary>
    public string SqlitePath { get; set; } = DefaultSqlitePath;

    /// <summary>
    /// The Redis connection string, taken from <c>ConnectionStrings:Redis</c> (not from this section); required when
    /// <see cref="Provider"/> is Redis. It may hold a password, so it is never logged.
    /// </summary>
    public string? RedisConnectionString { get; set; }

    /// <summary>Every Redis key starts with this, so several bots (or other apps) can share one Redis.</summary>
    public string RedisKeyPrefix { get; set; } = DefaultRedisKeyPrefix;

    /// <summary>
    /// How long a conversation (dialog, history, remembered deliveries) is kept after its last input; each write starts
    /// the clock again. It must outlast <c>Conversations:IdleExpiry</c>, so a dialog that went idle is still there to
    /// say it expired and to show its history. Default 90 days. Redis keys carry it as their TTL; SQLite rows past it
    /// are deleted by the retention sweep.
    /// </summary>
    public TimeSpan ConversationRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// How long a stored recommendation (its API resource and its report page) is kept after it was made; past that
    /// it answers 404, exactly like an unknown id. SQLite deletes expired rows in the background
    /// (<see cref="Sqlite.SqliteRecommendationSweeper"/>); Redis keys carry the rest of it as their TTL. Default 90
    /// days; at most <see cref="MaxRecommendationRetention"/>.
    /// </summary>
    public TimeSpan RecommendationRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// The bound of the recommendations' own space, in megabytes of stored (compressed) recommendations: past it the
    /// oldest are removed to make room, so recommendations can never crowd out dialog state or de-duplication keys.
    /// Redis keeps it on every save; SQLite at each retention sweep. Default 256 (about 35,000 recommendations).
    /// </summary>
    public int RecommendationSpaceMegabytes { get; set; } = 256;

    /// <summary><see cref="RecommendationSpaceMegabytes"/> in bytes.</summary>
    public long RecommendationSpaceBytes() => RecommendationSpaceMegabytes * 1024L * 1024L;

    /// <summary>The longest <see cref="RecommendationRetention"/> accepted: ten years.</summary>
    public static TimeSpan MaxRecommendationRetention { get; } = TimeSpan.FromDays(3650);

    /// <summary>True when <see cref="Provider"/> names Redis (any letter case).</summary>
    internal bool UsesRedis => string.Equals(Provider?.Trim(), RedisProvider, StringComparison.OrdinalIgnoreCase);
}
