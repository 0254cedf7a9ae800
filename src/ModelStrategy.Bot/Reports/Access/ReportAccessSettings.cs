using ModelStrategy.Channels.Slack;
using ModelStrategy.Channels.Teams;

namespace ModelStrategy.Bot.Reports.Access;

/// <summary>
/// The report access decided once at start-up from the settings: the mode, and which sign-ins can work (Microsoft with
/// the bot's own app registration, Slack with the Slack app's client credentials).
/// </summary>
internal sealed record ReportAccessSettings
{
    public const string EntraScheme = "entra";
    public const string SlackScheme = "slack";
    public const string CookieScheme = "report-reader";
    public const string ApiBearerScheme = "api-entra";

    public required ReportAccessMode Mode { get; init; }

    public required TimeSpan LinkLifetime { get; init; }

    /// <summary>Microsoft Entra ID: authority, client id and secret; null when Teams:AppId or its password is missing.</summary>
    public (string Authority, string ClientId, string ClientSecret)? Entra { get; init; }

    /// <summary>The Entra authority and app id that API bearer tokens are checked against; null without Teams:AppId.</summary>
    public (string Authority, string AppId)? ApiBearer { get; init; }

    /// <summary>True when the Slack channel is configured (its reports need Sign in with Slack under SignIn).</summary>
    public bool SlackChannel { get; init; }

    /// <summary>Sign in with Slack: authority, client id and secret; null when Slack:ClientId or its secret is missing.</summary>
    public (string Authority, string ClientId, string ClientSecret)? Slack { get; init; }

    /// <summary>The settings as configuration and the environment say; throws naming the setting when they cannot work.</summary>
    public static ReportAccessSettings Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(ReportAccessOptions.SectionName).Get<ReportAccessOptions>() ?? new ReportAccessOptions();
        var teams = configuration.GetSection(TeamsOptions.SectionName).Get<TeamsOptions>() ?? new TeamsOptions();
        var slack = configuration.GetSection(SlackOptions.SectionName).Get<SlackOptions>() ?? new SlackOptions();
        var mode = options.Access?.Trim() switch
        {
            null or "" => !environment.IsDevelopment() && (teams.HasAppId || slack.CanVerify) ? ReportAccessMode.SignIn : ReportAccessMode.Link,
            var value when string.Equals(value, "SignIn", StringComparison.OrdinalIgnoreCase) => ReportAccessMode.SignIn,
            var value when string.Equals(value, "Link", StringComparison.OrdinalIgnoreCase) => ReportAccessMode.Link,
            var value => throw new InvalidOperationException($"Reports:Access \"{value}\" is not SignIn or Link."),
        };
        if (options.LinkLifetime <= TimeSpan.Zero || options.LinkLifetime > TimeSpan.FromDays(366))
        {
            throw new InvalidOperationException($"Reports:LinkLifetime ({options.LinkLifetime}) must be more than zero and at most 366 days, e.g. \"30.00:00:00\".");
        }

        var entraAuthority = string.IsNullOrWhiteSpace(options.EntraAuthority)
            ? $"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(teams.TenantId) ? "organizations" : teams.TenantId)}/v2.0"
            : options.EntraAuthority.Trim();
        return new ReportAccessSettings
        {
            Mode = mode,
            LinkLifetime = options.LinkLifetime,
            ApiBearer = teams.HasAppId ? (entraAuthority, teams.AppId) : null,
            SlackChannel = slack.CanVerify,
            Entra = mode == ReportAccessMode.SignIn && teams.HasAppId && !string.IsNullOrEmpty(teams.AppPassword)
                ? (entraAuthority, teams.AppId, teams.AppPassword) : null,
            Slack = mode == ReportAccessMode.SignIn && !string.IsNullOrWhiteSpace(slack.ClientId) && !string.IsNullOrEmpty(slack.ClientSecret)
                ? (options.SlackAuthority.TrimEnd('/'), slack.ClientId, slack.ClientSecret) : null,
        };
    }

    /// <summary>The sign-in scheme for readers of <paramref name="platform"/>'s recommendations; null when it cannot work here.</summary>
    public string? SchemeFor(string platform) => platform switch
    {
        Core.Recommendations.Audience.Entra when Entra is not null => EntraScheme,
        Core.Recommendations.Audience.Slack when Slack is not null => SlackScheme,
        _ => null,
    };
}
