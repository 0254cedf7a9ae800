using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ModelStrategy.Storage;

/// <summary>Fails start-up with a readable message when the storage settings cannot work.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    /// <summary>Providers this build can run.</summary>
    internal static readonly IReadOnlyList<string> SupportedProviders = [StorageOptions.SqliteProvider, StorageOptions.RedisProvider];

    /// <summary>The setting that holds the Redis connection string, as configuration names it.</summary>
    internal const string RedisSetting = "ConnectionStrings:" + StorageOptions.RedisConnectionStringName;

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var provider = options.Provider?.Trim() ?? string.Empty;
        if (!SupportedProviders.Contains(provider, StringComparer.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                $"{StorageOptions.SectionName}:Provider \"{provider}\" is not supported; allowed: {string.Join(", ", SupportedProviders)}.");
        }

        if (options.RecommendationSpaceMegabytes is < 1 or > 1_048_576)
        {
            return ValidateOptionsResult.Fail($"{StorageOptions.SectionName}:RecommendationSpaceMegabytes ({options.RecommendationSpaceMegabytes}) must be 1 to 1048576.");
        }

        var retention = ValidateRecommendationRetention(options);
        return retention.Failed ? retention : options.UsesRedis ? ValidateRedis(options) : ValidateSqlite(options);
    }

    private static ValidateOptionsResult ValidateRecommendationRetention(StorageOptions options) =>
        options.RecommendationRetention > TimeSpan.Zero && options.RecommendationRetention <= StorageOptions.MaxRecommendationRetention
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{StorageOptions.SectionName}:RecommendationRetention ({options.RecommendationRetention}) must be positive and at most " +
                $"{StorageOptions.MaxRecommendationRetention.TotalDays:0} days, e.g. \"90.00:00:00\".");

    private static ValidateOptionsResult ValidateSqlite(StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.SqlitePath)
            ? ValidateOptionsResult.Fail($"{StorageOptions.SectionName}:SqlitePath must name a file, e.g. \"{StorageOptions.DefaultSqlitePath}\".")
            : options.ConversationRetention <= TimeSpan.Zero ? ValidateOptionsResult.Fail(ConversationRetentionNotPositive)
            : ValidateOptionsResult.Success;

    private const string ConversationRetentionNotPositive = $"{StorageOptions.SectionName}:ConversationRetention must be positive, e.g. \"90.00:00:00\".";

    private static ValidateOptionsResult ValidateRedis(StorageOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.RedisConnectionString))
        {
            errors.Add($"{RedisSetting} is required when {StorageOptions.SectionName}:Provider is \"{StorageOptions.RedisProvider}\" " +
                "(environment variable ConnectionStrings__Redis, e.g. \"localhost:6379\").");
        }
        else if (!CanParse(options.RedisConnectionString))
        {
            // The string may carry a password: name the setting, never echo its value.
            errors.Add($"{RedisSetting} is not a valid Redis connection string (expected e.g. \"host:6379,password=…,ssl=true\").");
        }

        if (string.IsNullOrWhiteSpace(options.RedisKeyPrefix))
        {
            errors.Add($"{StorageOptions.SectionName}:RedisKeyPrefix must not be empty, e.g. \"{StorageOptions.DefaultRedisKeyPrefix}\".");
        }

        if (options.ConversationRetention <= TimeSpan.Zero)
        {
            errors.Add(ConversationRetentionNotPositive);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool CanParse(string connectionString)
    {
        try
        {
            return ConfigurationOptions.Parse(connectionString).EndPoints.Count > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
