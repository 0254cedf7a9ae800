using ModelStrategy.Core.Reports;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>
/// Turns a report's relative path ("/r/abc") into absolute links to the report and its Markdown (".md"), each with the
/// query that lets its holder open it when the host hands out such links (<see cref="IReportLinkTokens"/>).
/// </summary>
/// <param name="baseUrl">The host's public base URL; links exist only when it is an absolute http(s) URL.</param>
/// <param name="tokens">The host's link tokens; null adds none.</param>
internal sealed class ReportLinks(Uri? baseUrl, IReportLinkTokens? tokens = null)
{
    /// <summary>The links of a host without a valid public base URL: none.</summary>
    public static ReportLinks None { get; } = new(null);

    /// <summary>Parses the configured value; anything but an absolute http(s) URL gives no links.</summary>
    public static ReportLinks From(string? configured, IReportLinkTokens? tokens = null) =>
        Uri.TryCreate(configured, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? new(url, tokens) : None;

    /// <summary>The full report; null without a base URL or for a path that is not a plain relative path.</summary>
    public Uri? Report(string reportPath) => Absolute(reportPath);

    /// <summary>The report as Markdown (the same path + ".md").</summary>
    public Uri? Markdown(string reportPath) => Report(reportPath) is null ? null : Absolute(reportPath + ".md");

    private Uri? Absolute(string path)
    {
        if (baseUrl is not { IsAbsoluteUri: true } || baseUrl.Scheme is not ("https" or "http")
            || string.IsNullOrWhiteSpace(path) || !path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal)
            || path.Contains('\\', StringComparison.Ordinal) || path.Contains('?', StringComparison.Ordinal) || path.Contains('#', StringComparison.Ordinal))
        {
            return null;
        }

        var query = tokens is not null && ReportPaths.IdOf(path) is { } id ? tokens.Query(id) : string.Empty;
        return Uri.TryCreate(baseUrl.AbsoluteUri.TrimEnd('/') + path + query, UriKind.Absolute, out var absolute)
            && absolute.AbsoluteUri.Length <= BlockKitLimits.ButtonUrl ? absolute : null;
    }
}
