using Microsoft.Extensions.Options;

namespace ModelStrategy.Core.Reports;

/// <summary>
/// The host's public address (top-level <c>PublicBaseUrl</c>), the base of every report link the API, the report page
/// and both channels hand out. Bound and validated once, by <see cref="DependencyInjection.ModelStrategyCoreServiceCollectionExtensions.AddReportLinks"/>.
/// </summary>
public sealed class PublicUrlOptions
{
    /// <summary>The configuration key (top level, no section).</summary>
    public const string Key = "PublicBaseUrl";

    /// <summary>e.g. "https://bot.example.com" or "http://localhost:3978"; empty leaves report links relative (API) or out (cards).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The base as an absolute http(s) URI; null when none is configured or it is not one.</summary>
    public Uri? BaseUri => Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri : null;
}

/// <summary>Fails start-up when <c>PublicBaseUrl</c> is set but could not make a working link.</summary>
internal sealed class PublicUrlOptionsValidator : IValidateOptions<PublicUrlOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicUrlOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return ValidateOptionsResult.Success;
        }

        return options.BaseUri is { Query.Length: 0, Fragment.Length: 0, UserInfo.Length: 0 }
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{PublicUrlOptions.Key} \"{options.PublicBaseUrl}\" must be an absolute http or https URL without query, fragment or credentials, e.g. \"https://bot.example.com\".");
    }
}
