namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>Turns a report's relative path ("/r/abc") into the absolute link a card can open.</summary>
/// <param name="baseUrl">The host's public base URL (http or https); null when none is configured.</param>
internal sealed class ReportLinks(Uri? baseUrl)
{
    /// <summary>The base URL followed by the path, or null without a base URL or for a path that is not a plain relative path.</summary>
    public Uri? For(string reportPath)
    {
        if (baseUrl is not { IsAbsoluteUri: true } || baseUrl.Scheme is not ("https" or "http")
            || string.IsNullOrWhiteSpace(reportPath) || !reportPath.StartsWith('/') || reportPath.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        return Uri.TryCreate(baseUrl.AbsoluteUri.TrimEnd('/') + reportPath, UriKind.Absolute, out var absolute) ? absolute : null;
    }
}
