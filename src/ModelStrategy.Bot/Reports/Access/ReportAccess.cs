using ModelStrategy.Bot.Access;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Bot.Reports.Access;

/// <summary>What a request may see of one stored recommendation.</summary>
internal enum ReportVerdict
{
    /// <summary>All of it: the reader belongs to its audience.</summary>
    Full,

    /// <summary>All but the project's own words: the holder of a valid report link.</summary>
    WithoutFreeText,

    /// <summary>Nothing yet: sign in with its platform (<see cref="ReportDecision.Scheme"/>).</summary>
    SignIn,

    /// <summary>Nothing: signed in with its platform, but as a member of another tenant or workspace.</summary>
    NotAMember,

    /// <summary>Nothing: the link was for it, but has expired.</summary>
    Expired,

    /// <summary>Nothing, and no hint that it exists.</summary>
    NotFound,
}

/// <summary>A verdict and, for <see cref="ReportVerdict.SignIn"/>, the scheme to sign in with.</summary>
internal sealed record ReportDecision(ReportVerdict Verdict, string? Scheme = null);

/// <summary>
/// The one rule for reading a stored recommendation, for its report page, its Markdown and <c>GET /api/recommendations/{id}</c>:
/// in full to a member of its audience (signed in with Microsoft or Slack, or calling with its API key or an Entra token
/// of its tenant); without the project's own words to the holder of a valid report link (Link mode); otherwise nothing.
/// A recommendation without an audience (made anonymously in development, or stored by an older build) is read in full
/// by nobody.
/// </summary>
internal sealed class ReportAccess(ReportAccessSettings settings, ReportLinkTokens links, ApiCallers callers)
{
    public ReportDecision Decide(HttpContext context, Recommendation recommendation)
    {
        var audience = recommendation.Audience;
        var signedIn = ReportReader.SignedIn(context.User);
        if (audience is not null && (audience.Admits(signedIn) || audience.Admits(ReportReader.Caller(callers.Of(context)))))
        {
            return new(ReportVerdict.Full);
        }

        switch (links.Check(context, recommendation.Id))
        {
            case LinkCheck.Valid:
                return new(ReportVerdict.WithoutFreeText);
            case LinkCheck.Expired:
                return new(ReportVerdict.Expired);
        }

        if (settings.Mode == ReportAccessMode.SignIn && audience is not null && settings.SchemeFor(audience.Platform) is { } scheme)
        {
            return signedIn?.Platform == audience.Platform ? new(ReportVerdict.NotAMember, scheme) : new(ReportVerdict.SignIn, scheme);
        }

        return new(ReportVerdict.NotFound);
    }
}
