using Microsoft.Extensions.Options;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Bot.Reports;

/// <summary>
/// The address of a recommendation's report: absolute under <c>PublicBaseUrl</c> when it is set, else relative, with the
/// query that lets its holder open it when reports open by link (<see cref="IReportLinkTokens"/>).
/// </summary>
internal sealed class ReportLinks(IOptions<PublicUrlOptions> options, IReportLinkTokens tokens)
{
    private readonly string? _base = options.Value.BaseUri?.AbsoluteUri.TrimEnd('/');

    /// <summary>e.g. "https://bot.example.com/r/abc…", or "/r/abc…" without a base URL.</summary>
    public string Page(string recommendationId) => _base + ReportPaths.Page(recommendationId) + tokens.Query(recommendationId);

    /// <summary>The Markdown version's address.</summary>
    public string Markdown(string recommendationId) => _base + ReportPaths.Markdown(recommendationId) + tokens.Query(recommendationId);
}
