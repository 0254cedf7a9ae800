using System.ComponentModel.DataAnnotations;

namespace ModelStrategy.Channels.Slack;

/// <summary>
/// The Slack app's credentials and Web API address ("Slack" section). Both secrets come from the environment or a
/// vault, never appsettings. Without <see cref="SigningSecret"/> every Slack request is refused (fail closed).
/// </summary>
public sealed class SlackOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Slack";

    /// <summary>Slack's Web API.</summary>
    public const string DefaultApiBaseUrl = "https://slack.com/api/";

    /// <summary>The app's signing secret (Basic Information → App Credentials); empty refuses every request.</summary>
    public string SigningSecret { get; set; } = string.Empty;

    /// <summary>The bot token (<c>xoxb-…</c>, OAuth &amp; Permissions) used for Web API calls.</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>The Web API base address; a local fake in tests. Must be https outside Development (it receives the bot token).</summary>
    [Required]
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Workspace (team) ids the bot serves, separated by commas; empty serves every workspace that installed the app.</summary>
    public string AllowedTeams { get; set; } = string.Empty;

    /// <summary>The Slack app's client id (Basic Information → App Credentials), for Sign in with Slack on report pages.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The Slack app's client secret, for Sign in with Slack on report pages (from the environment or a vault).</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary><see cref="AllowedTeams"/> as a set; empty serves every workspace.</summary>
    public IReadOnlySet<string> AllowedTeamIds() =>
        new HashSet<string>(AllowedTeams.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);

    /// <summary>
    /// How long an instance's lease on an inbox item lasts unless renewed, in seconds (default 6). The instance renews
    /// it every third of this while the item is queued or running, so one item's work may take as long as it needs;
    /// after a crash the item is taken over (by another instance, or the restarted one) once the lease runs out.
    /// </summary>
    [Range(1, 3600)]
    public int InboxLeaseSeconds { get; set; } = 6;

    /// <summary>How often each instance looks for inbox items whose lease has run out, in seconds (default 1).</summary>
    [Range(1, 300)]
    public int InboxPollSeconds { get; set; } = 1;

    /// <summary><see cref="InboxLeaseSeconds"/> as a span.</summary>
    public TimeSpan InboxLease() => TimeSpan.FromSeconds(InboxLeaseSeconds);

    /// <summary>True when a signing secret is configured, so requests can be verified at all.</summary>
    public bool CanVerify => !string.IsNullOrEmpty(SigningSecret);

    /// <summary>
    /// <see cref="ApiBaseUrl"/> as an absolute URI ending in a slash, so method names resolve under it. (A method, not a
    /// property: options validation reads every property, and this one throws until the URL is validated.)
    /// </summary>
    public Uri ApiBaseUri() => new(ApiBaseUrl.EndsWith('/') ? ApiBaseUrl : ApiBaseUrl + "/", UriKind.Absolute);

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult("Slack:ApiBaseUrl must be an absolute http(s) URL, e.g. https://slack.com/api/.", [nameof(ApiBaseUrl)]);
        }
    }
}
