using ModelStrategy.Core.Reports;

namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>
/// Turns a report's relative path ("/r/abc") into the absolute link a card can open, with the query that lets its holder
/// open it when the host hands out such links (<see cref="IReportLinkTokens"/>).
/// </summary>
/// <param name="baseUrl">The host's public base URL (http or https); null when none is configured.</param>
/// <param name="tokens">The host's link tokens; null adds none.</param>
internal sealed class ReportLinks(Uri? baseUrl, IReportLinkTokens? tokens = null)
{
    /// <summary>The base URL followed by the path, or null without a base URL or for a path that is not a plain relative path.</summary>
    public Uri? For(string reportPath)
    {
        if (baseUrl is not { IsAbsoluteUri: true } || baseUrl.Scheme is not ("https" or "http")
            || string.IsNullOrWhiteSpace(reportPath) || !reportPath.StartsWith('/') || reportPath.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var query = tokens is not null && ReportPaths.IdOf(reportPath) is { } id ? tokens.Query(id) : string.Empty;
        return Uri.TryCreate(baseUrl.AbsoluteUri.TrimEnd('/') + reportPath + query, UriKind.Absolute, out var absolute) ? absolute : null;
    }
}
