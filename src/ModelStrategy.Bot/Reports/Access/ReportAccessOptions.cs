namespace ModelStrategy.Bot.Reports.Access;

/// <summary>Who may open a report ("Reports" section); <see cref="ReportAccessSettings"/> resolves the defaults.</summary>
internal sealed class ReportAccessOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Reports";

    /// <summary>"SignIn" or "Link"; empty: SignIn when Teams or Slack credentials are set, Link in Development or without them.</summary>
    public string? Access { get; set; }

    /// <summary>How long a report link (Link mode) opens its report after the card was sent. Default 30 days.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The Microsoft Entra ID authority; empty: login.microsoftonline.com for Teams:TenantId, else "organizations".</summary>
    public string? EntraAuthority { get; set; }

    /// <summary>Sign in with Slack's authority (its OpenID Connect issuer).</summary>
    public string SlackAuthority { get; set; } = "https://slack.com";
}

/// <summary>How readers get to a report.</summary>
internal enum ReportAccessMode
{
    /// <summary>Readers sign in with the platform the recommendation came from and must be members of its tenant or workspace.</summary>
    SignIn,

    /// <summary>Report links carry an unguessable, expiring token; holders see the report without the project's own words.</summary>
    Link,
}
