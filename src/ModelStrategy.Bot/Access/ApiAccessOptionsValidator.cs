using Microsoft.Extensions.Options;

namespace ModelStrategy.Bot.Access;

/// <summary>Stops the host on a key that could never match or would be confused with another.</summary>
internal sealed class ApiAccessOptionsValidator : IValidateOptions<ApiAccessOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiAccessOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                errors.Add($"Api:Keys:{i}:Name is empty: give every key a name.");
            }

            if (key.Sha256.Length != 64 || !key.Sha256.All(char.IsAsciiHexDigit))
            {
                errors.Add($"Api:Keys:{i}:Sha256 must be the key's SHA-256 as 64 hex digits (printf %s \"$KEY\" | sha256sum), not the key itself.");
            }

            if (key.PermitsPerMinute is < 1 or > 100_000 || key.Burst is < 1 or > 100_000)
            {
                errors.Add($"Api:Keys:{i}: PermitsPerMinute and Burst must be 1 to 100000.");
            }

            for (var t = 0; t < key.Teams.Count; t++)
            {
                if (Core.Recommendations.Audience.Parse(key.Teams[t]) is not { Platform: not Core.Recommendations.Audience.ApiKey })
                {
                    errors.Add($"Api:Keys:{i}:Teams:{t} must name a team as slack:<workspace id> or entra:<tenant id>.");
                }
            }
        }

        errors.AddRange(options.Keys.GroupBy(k => k.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"Api:Keys: the name \"{g.Key}\" is used twice."));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
