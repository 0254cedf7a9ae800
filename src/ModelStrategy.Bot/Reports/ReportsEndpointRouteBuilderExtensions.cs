using ModelStrategy.Bot.Hosting;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Bot.Reports;

/// <summary>
/// Maps the full report pages, <c>GET /r/{id}</c> (HTML) and <c>GET /r/{id}.md</c> (Markdown), under the per-client rate
/// limit of the API, and the readers' sign-out.
/// </summary>
internal static class ReportsEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapReportPages(this IEndpointRouteBuilder endpoints)
    {
        // "{id}.md" is a more specific segment than "{id}", so routing prefers it for addresses ending in ".md".
        endpoints.MapGet(ReportPaths.Prefix + "{id}" + ReportPaths.MarkdownSuffix, ReportHandlers.GetMarkdownAsync)
            .WithName("GetReportMarkdown")
            .RequireRateLimiting(ApiRateLimiting.Policy)
            .ExcludeFromDescription();
        endpoints.MapGet(ReportPaths.Prefix + "{id}", ReportHandlers.GetPageAsync)
            .WithName("GetReportPage")
            .RequireRateLimiting(ApiRateLimiting.Policy)
            .ExcludeFromDescription();
        Access.ReportSignIn.MapSignOut(endpoints);
        return endpoints;
    }
}
