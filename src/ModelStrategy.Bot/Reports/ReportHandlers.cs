using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using ModelStrategy.Bot.Reports.Access;
using ModelStrategy.Bot.Reports.Html;
using ModelStrategy.Core.Outcomes;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Bot.Reports;

/// <summary>
/// The handlers behind <see cref="ReportsEndpointRouteBuilderExtensions"/>: one recommendation's report as HTML or Markdown,
/// as much of it as <see cref="ReportAccess"/> allows (in full, without the project's own words, a sign-in, or a refusal).
/// </summary>
internal static class ReportHandlers
{
    private const string LogCategory = "ModelStrategy.Bot.Reports";

    public static Task<IResult> GetPageAsync(string id, HttpContext context, [FromServices] IRecommendationStore store,
        [FromServices] IOutcomeStore outcomes, [FromServices] ReportLinks links, [FromServices] ReportAccess access, [FromServices] ILoggerFactory loggers) =>
        RespondAsync(id, context, new(store, outcomes), links, access, loggers, Html);

    public static Task<IResult> GetMarkdownAsync(string id, HttpContext context, [FromServices] IRecommendationStore store,
        [FromServices] IOutcomeStore outcomes, [FromServices] ReportLinks links, [FromServices] ReportAccess access, [FromServices] ILoggerFactory loggers) =>
        RespondAsync(id, context, new(store, outcomes), links, access, loggers, Markdown);

    private static readonly Rendering Html = new("text/html", ReportPage.Render, NotFoundPage.Html, AccessPages.NotAMemberHtml, AccessPages.ExpiredHtml);

    private static readonly Rendering Markdown = new("text/markdown", ReportMarkdown.Render, NotFoundPage.Markdown,
        AccessPages.Markdown("Not your team's report", AccessPages.NotAMemberText), AccessPages.Markdown("Report link expired", AccessPages.ExpiredText));

    private static async Task<IResult> RespondAsync(string id, HttpContext context, Stores stores, ReportLinks links,
        ReportAccess access, ILoggerFactory loggers, Rendering rendering)
    {
        var store = stores.Recommendations;
        // Core owns the id shape: anything else cannot be stored, so it is not looked up. The 404 never echoes the id.
        var recommendation = RecommendationIds.IsWellFormed(id)
            ? await store.GetAsync(id, context.RequestAborted).ConfigureAwait(false)
            : null;
        ReportHeaders.Apply(context.Response);
        var decision = recommendation is null ? new ReportDecision(ReportVerdict.NotFound) : access.Decide(context, recommendation);
        var logger = loggers.CreateLogger(LogCategory);
        Log.ReportAccess(logger, rendering.MediaType, decision.Verdict);
        return decision.Verdict switch
        {
            // What the team went with and what it took (paths, figures and dates: no one's words, no names) goes with either.
            ReportVerdict.Full => Page(rendering, recommendation! with { ReportUrl = links.Page(recommendation!.Id) },
                await stores.Outcomes.GetAsync(recommendation.Id, context.RequestAborted).ConfigureAwait(false)),
            ReportVerdict.WithoutFreeText => Page(rendering, WithheldFreeText.Apply(recommendation!) with { ReportUrl = links.Page(recommendation!.Id) },
                await stores.Outcomes.GetAsync(recommendation.Id, context.RequestAborted).ConfigureAwait(false)),
            // Back to this very address once signed in (a local path: the handler never redirects elsewhere).
            ReportVerdict.SignIn => Results.Challenge(new AuthenticationProperties { RedirectUri = context.Request.Path.Value }, [decision.Scheme!]),
            ReportVerdict.NotAMember => TypedResults.Text(rendering.NotAMember, rendering.MediaType, Encoding.UTF8, StatusCodes.Status403Forbidden),
            ReportVerdict.Expired => TypedResults.Text(rendering.Expired, rendering.MediaType, Encoding.UTF8, StatusCodes.Status410Gone),
            _ => TypedResults.Text(rendering.NotFound, rendering.MediaType, Encoding.UTF8, StatusCodes.Status404NotFound),
        };
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Page(Rendering rendering, Recommendation recommendation, Outcome? outcome) =>
        TypedResults.Text(rendering.Render(recommendation, outcome), rendering.MediaType, Encoding.UTF8, StatusCodes.Status200OK);

    /// <summary>One media type's report and refusal pages.</summary>
    private sealed record Rendering(string MediaType, Func<Recommendation, Outcome?, string> Render, string NotFound, string NotAMember, string Expired);

    /// <summary>Where a report's recommendation and its outcome are kept.</summary>
    private sealed record Stores(IRecommendationStore Recommendations, IOutcomeStore Outcomes);
}
