using Microsoft.AspNetCore.DataProtection;
using ModelStrategy.Storage;
using StackExchange.Redis;

namespace ModelStrategy.Bot.Reports.Access;

/// <summary>
/// Where the data-protection keys live that sign-in cookies and report links are protected with: beside the SQLite file
/// (<c>keys/</c> in its folder), or, with Redis, in the shared Redis (<c>{prefix}data-protection-keys</c>, never evicted), so
/// every instance reads every other's cookies and links and they survive a restart.
/// </summary>
internal static class ReportKeyRing
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var protection = services.AddDataProtection().SetApplicationName("ModelStrategy.Bot");
        if (string.Equals(storage.Provider?.Trim(), StorageOptions.RedisProvider, StringComparison.OrdinalIgnoreCase)
            && configuration.GetConnectionString(StorageOptions.RedisConnectionStringName) is { Length: > 0 } connectionString)
        {
            var redis = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(connectionString));
            protection.PersistKeysToStackExchangeRedis(() => redis.Value.GetDatabase(), storage.RedisKeyPrefix + "data-protection-keys");
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(string.IsNullOrWhiteSpace(storage.SqlitePath) ? StorageOptions.DefaultSqlitePath : storage.SqlitePath));
        protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(folder ?? ".", "keys")));
    }
}
