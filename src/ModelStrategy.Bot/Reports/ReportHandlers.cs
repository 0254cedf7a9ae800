using System.Text;
using Microsoft.AspNetCore.Mvc;
using ModelStrategy.Bot.Reports.Html;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Bot.Reports;

/// <summary>The handlers behind <see cref="ReportsEndpointRouteBuilderExtensions"/>: one recommendation's report as HTML or Markdown.</summary>
internal static class ReportHandlers
{
    private const string LogCategory = "ModelStrategy.Bot.Reports";

    public static Task<IResult> GetPageAsync(string id, HttpContext context, [FromServices] IRecommendationStore store,
        [FromServices] ReportLinks links, [FromServices] ILoggerFactory loggers) =>
        RespondAsync(id, context, store, links, loggers, "text/html", ReportPage.Render, NotFoundPage.Html);

    public static Task<IResult> GetMarkdownAsync(string id, HttpContext context, [FromServices] IRecommendationStore store,
        [FromServices] ReportLinks links, [FromServices] ILoggerFactory loggers) =>
        RespondAsync(id, context, store, links, loggers, "text/markdown", ReportMarkdown.Render, NotFoundPage.Markdown);

    private static async Task<IResult> RespondAsync(string id, HttpContext context, IRecommendationStore store, ReportLinks links,
        ILoggerFactory loggers, string mediaType, Func<Recommendation, string> render, string notFound)
    {
        // Core owns the id shape: anything else cannot be stored, so it is not looked up. The 404 never echoes the id.
        var recommendation = RecommendationIds.IsWellFormed(id)
            ? await store.GetAsync(id, context.RequestAborted).ConfigureAwait(false)
            : null;
        ReportHeaders.Apply(context.Response, found: recommendation is not null);
        if (recommendation is null)
        {
            var logger = loggers.CreateLogger(LogCategory);
            Log.ReportNotFound(logger, mediaType);
            return TypedResults.Text(notFound, mediaType, Encoding.UTF8, StatusCodes.Status404NotFound);
        }

        var report = render(recommendation with { ReportUrl = links.Page(recommendation.Id) });
        return TypedResults.Text(report, mediaType, Encoding.UTF8, StatusCodes.Status200OK);
    }
}
