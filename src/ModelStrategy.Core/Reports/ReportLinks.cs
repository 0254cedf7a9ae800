using Microsoft.Extensions.Options;

namespace ModelStrategy.Core.Reports;

/// <summary>
/// The one place report links are made, for the API, the report page and both channels: a report's path under the
/// host's <see cref="PublicUrlOptions"/>, with the query that lets its holder open it when the host hands out such links
/// (<see cref="IReportLinkTokens"/>).
/// </summary>
public sealed class ReportLinks(IOptions<PublicUrlOptions> options, IReportLinkTokens? tokens = null)
{
    private readonly Uri? _base = options.Value.BaseUri;

    /// <summary>Links under <paramref name="publicBaseUrl"/> (none unless it is an absolute http(s) URL), for a renderer made without a host.</summary>
    public static ReportLinks Under(string? publicBaseUrl, IReportLinkTokens? tokens = null) =>
        new(Options.Create(new PublicUrlOptions { PublicBaseUrl = publicBaseUrl }), tokens);

    /// <summary>The report page of a recommendation: absolute under the base when there is one, else relative ("/r/abc…").</summary>
    public string Page(string recommendationId) => _base?.AbsoluteUri.TrimEnd('/') + ReportPaths.Page(recommendationId) + Query(recommendationId);

    /// <summary>The Markdown version's address, absolute or relative as <see cref="Page"/>.</summary>
    public string Markdown(string recommendationId) => _base?.AbsoluteUri.TrimEnd('/') + ReportPaths.Markdown(recommendationId) + Query(recommendationId);

    /// <summary>
    /// The absolute link a card can open for a report path ("/r/abc" or "/r/abc.md"); null without a base URL, or for a
    /// path that is not a plain relative path (a card never links anywhere else).
    /// </summary>
    public Uri? Report(string reportPath)
    {
        if (_base is null || string.IsNullOrWhiteSpace(reportPath) || !reportPath.StartsWith('/') || reportPath.StartsWith("//", StringComparison.Ordinal)
            || reportPath.Contains('\\', StringComparison.Ordinal) || reportPath.Contains('?', StringComparison.Ordinal) || reportPath.Contains('#', StringComparison.Ordinal))
        {
            return null;
        }

        var query = ReportPaths.IdOf(reportPath) is { } id ? Query(id) : string.Empty;
        return Uri.TryCreate(_base.AbsoluteUri.TrimEnd('/') + reportPath + query, UriKind.Absolute, out var absolute) ? absolute : null;
    }

    /// <summary>The absolute link to a report path's Markdown version (the same path + ".md").</summary>
    public Uri? ReportMarkdown(string reportPath) => Report(reportPath) is null ? null : Report(reportPath + ReportPaths.MarkdownSuffix);

    private string Query(string recommendationId) => tokens?.Query(recommendationId) ?? string.Empty;
}
