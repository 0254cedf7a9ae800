using Microsoft.Extensions.Options;

namespace ModelStrategy.Bot.Reports;

/// <summary>Fails start-up when <c>PublicBaseUrl</c> is set but could not make a working link.</summary>
internal sealed class PublicUrlOptionsValidator : IValidateOptions<PublicUrlOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicUrlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return ValidateOptionsResult.Success;
        }

        return options.BaseUri is { Scheme: "https" or "http", Query.Length: 0, Fragment.Length: 0, UserInfo.Length: 0 }
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{PublicUrlOptions.Key} \"{options.PublicBaseUrl}\" must be an absolute http or https URL without query, fragment or credentials, e.g. \"https://bot.example.com\".");
    }
}
