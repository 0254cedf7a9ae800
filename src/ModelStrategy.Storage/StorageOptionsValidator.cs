using Microsoft.Extensions.Options;

namespace ModelStrategy.Storage;

/// <summary>Fails start-up with a readable message when the storage settings cannot work.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    /// <summary>Providers this build can run.</summary>
    internal static readonly IReadOnlyList<string> SupportedProviders = [StorageOptions.SqliteProvider];

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var provider = options.Provider?.Trim() ?? string.Empty;
        if (string.Equals(provider, StorageOptions.RedisProvider, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                $"{StorageOptions.SectionName}:Provider \"{provider}\" is not available in this build yet; use \"{StorageOptions.SqliteProvider}\".");
        }

        if (!SupportedProviders.Contains(provider, StringComparer.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                $"{StorageOptions.SectionName}:Provider \"{provider}\" is not supported; allowed: {string.Join(", ", SupportedProviders)}.");
        }

        if (string.IsNullOrWhiteSpace(options.SqlitePath))
        {
            return ValidateOptionsResult.Fail(
                $"{StorageOptions.SectionName}:SqlitePath must name a file, e.g. \"{StorageOptions.DefaultSqlitePath}\".");
        }

        return ValidateOptionsResult.Success;
    }
}
