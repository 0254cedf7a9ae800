using System.ComponentModel.DataAnnotations;

namespace ModelStrategy.Channels.Teams;

/// <summary>
/// The bot registration ("Teams" section) and who may reach the bot through it. Without <see cref="AppId"/> the endpoint
/// accepts unsigned activities from loopback only in Development or with <see cref="AllowUnauthenticatedLoopback"/>,
/// and refuses everything otherwise.
/// </summary>
public sealed class TeamsOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Teams";

    /// <summary>Bot Framework's public OpenID document.</summary>
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The Microsoft App ID of the bot registration; empty for local development.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The client secret (from the environment or a vault, never appsettings).</summary>
    public string AppPassword { get; set; } = string.Empty;

    /// <summary>The Entra tenant of a single-tenant registration.</summary>
    public string TenantId { get; set; } = string.Empty;

    /// <summary>How the bot gets its outbound tokens.</summary>
    public TeamsAppType AppType { get; set; } = TeamsAppType.MultiTenant;

    /// <summary>Where inbound signing keys are found.</summary>
    [Required]
    [Url]
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>
    /// Accept unsigned activities from loopback without an app id outside Development too (a local test rig running a
    /// Release build). Never set it on a host that a proxy or tunnel exposes: their callers arrive from loopback.
    /// </summary>
    public bool AllowUnauthenticatedLoopback { get; set; }

    /// <summary>Entra tenant ids the bot serves, separated by commas; empty serves every tenant that can reach it.</summary>
    public string AllowedTenants { get; set; } = string.Empty;

    /// <summary>
    /// The hosts a serviceUrl may name, separated by commas: "host" exactly or "*.domain" for any host under it. The bot
    /// sends its replies and its token there. Add a sovereign cloud's connector host here.
    /// </summary>
    public string ServiceUrlHosts { get; set; } = DefaultServiceUrlHosts;

    /// <summary>Microsoft's public-cloud Bot Connector hosts (Teams, the Bot Framework channels, US Government).</summary>
    public const string DefaultServiceUrlHosts = "smba.trafficmanager.net,*.botframework.com,*.botframework.azure.us,*.botapi.skype.com";

    /// <summary>True when an app id is configured: every activity must carry a valid token.</summary>
    public bool HasAppId => !string.IsNullOrWhiteSpace(AppId);

    /// <summary>The non-empty entries of a comma-separated setting, trimmed.</summary>
    public static string[] List(string? value) =>
        (value ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (List(ServiceUrlHosts).FirstOrDefault(h => h.Contains('/', StringComparison.Ordinal) || h.Contains(':', StringComparison.Ordinal) || (h.Contains('*', StringComparison.Ordinal) && !h.StartsWith("*.", StringComparison.Ordinal))) is { } bad)
        {
            yield return new ValidationResult($"Teams:ServiceUrlHosts entry \"{bad}\" must be a host name or \"*.domain\", e.g. smba.trafficmanager.net.", [nameof(ServiceUrlHosts)]);
        }

        if (!HasAppId)
        {
            yield break;
        }

        if (AppType != TeamsAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(AppPassword))
        {
            yield return new ValidationResult("Teams:AppPassword is required when Teams:AppId is set (except UserAssignedMSI).", [nameof(AppPassword)]);
        }

        if (AppType == TeamsAppType.UserAssignedMSI && !string.IsNullOrEmpty(AppPassword))
        {
            yield return new ValidationResult("Teams:AppPassword must be empty for UserAssignedMSI.", [nameof(AppPassword)]);
        }

        if (AppType == TeamsAppType.SingleTenant && string.IsNullOrWhiteSpace(TenantId))
        {
            yield return new ValidationResult("Teams:TenantId is required for a SingleTenant bot.", [nameof(TenantId)]);
        }
    }
}
