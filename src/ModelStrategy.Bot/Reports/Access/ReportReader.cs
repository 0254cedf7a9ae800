using System.Security.Claims;
using ModelStrategy.Bot.Access;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Bot.Reports.Access;

/// <summary>
/// The identities a request brings to a report: a reader signed in with Microsoft or Slack (the report cookie), an API
/// key, an Entra bearer token. Each names an <see cref="Audience"/> it belongs to.
/// </summary>
internal static class ReportReader
{
    /// <summary>The claim naming the platform a reader signed in with ("entra", "slack").</summary>
    public const string PlatformClaim = "ms:platform";

    /// <summary>The claim naming the reader's tenant or workspace.</summary>
    public const string OrganisationClaim = "ms:org";

    /// <summary>The claim with the reader's display name.</summary>
    public const string NameClaim = "ms:name";

    /// <summary>The audience the signed-in reader (the cookie's principal) belongs to; null when nobody is signed in.</summary>
    public static Audience? SignedIn(ClaimsPrincipal? user) =>
        user?.FindFirst(PlatformClaim)?.Value is { Length: > 0 } platform && user.FindFirst(OrganisationClaim)?.Value is { Length: > 0 } org
            ? new Audience(platform, org)
            : null;

    /// <summary>The audience an API caller belongs to: its key, or its Entra tenant; null for the anonymous development caller.</summary>
    public static Audience? Caller(ApiCaller? caller) => caller?.Kind switch
    {
        ApiCallerKind.Key => new Audience(Audience.ApiKey, caller.Name),
        ApiCallerKind.Entra => new Audience(Audience.Entra, caller.Name),
        _ => null,
    };

    /// <summary>A principal holding only what the report pages need: platform, tenant or workspace, and a name.</summary>
    public static ClaimsPrincipal Principal(string platform, string organisation, string? name) =>
        new(new ClaimsIdentity(
            [new Claim(PlatformClaim, platform), new Claim(OrganisationClaim, organisation), new Claim(NameClaim, name ?? string.Empty)],
            ReportAccessSettings.CookieScheme, NameClaim, null));
}
