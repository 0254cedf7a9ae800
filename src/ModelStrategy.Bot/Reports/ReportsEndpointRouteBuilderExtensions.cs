using ModelStrategy.Core.Reports;

namespace ModelStrategy.Bot.Reports;

/// <summary>Maps the full report pages: <c>GET /r/{id}</c> (HTML) and <c>GET /r/{id}.md</c> (Markdown).</summary>
internal static class ReportsEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapReportPages(this IEndpointRouteBuilder endpoints)
    {
        // "{id}.md" is a more specific segment than "{id}", so routing prefers it for addresses ending in ".md".
        endpoints.MapGet(ReportPaths.Prefix + "{id}" + ReportPaths.MarkdownSuffix, ReportHandlers.GetMarkdownAsync)
            .WithName("GetReportMarkdown")
            .ExcludeFromDescription();
        endpoints.MapGet(ReportPaths.Prefix + "{id}", ReportHandlers.GetPageAsync)
            .WithName("GetReportPage")
            .ExcludeFromDescription();
        return endpoints;
    }
}
