namespace ModelStrategy.Storage;

/// <summary>Where recommendations (and later dialog state) are kept. Bound from the "Storage" section.</summary>
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

    /// <summary>Which store to use: <c>Sqlite</c> (default) or, once available, <c>Redis</c>.</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>The SQLite file; its directory is created on first use.</summary>
    public string SqlitePath { get; set; } = DefaultSqlitePath;
}
