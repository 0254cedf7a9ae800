using System.ComponentModel.DataAnnotations;

namespace ModelStrategy.Channels.Teams;

/// <summary>The bot registration ("Teams" section). An empty <see cref="AppId"/> means loopback development mode.</summary>
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

    /// <summary>True when no app id is configured: inbound auth may be relaxed for loopback traffic only.</summary>
    public bool IsDevelopmentMode => string.IsNullOrWhiteSpace(AppId);

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsDevelopmentMode)
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
