using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using ModelStrategy.Bot.Access;
using ModelStrategy.Bot.Reports;
using ModelStrategy.Bot.Reports.Access;
using ModelStrategy.Core.Reports;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.ChannelSupport.Telemetry;

namespace ModelStrategy.Bot.Api;

/// <summary>The request handlers behind <see cref="RecommendationsEndpointRouteBuilderExtensions"/>.</summary>
internal static class RecommendationHandlers
{
    private const string LogCategory = "ModelStrategy.Bot.Api.Recommendations";

    private const string JsonContentType = "application/json; charset=utf-8";

    public static async Task<IResult> CreateAsync(
        HttpContext context,
        [FromServices] RecommendationService service,
        [FromServices] IRecommendationStore store,
        [FromServices] ReportLinks links,
        [FromServices] IReportLinkTokens tokens,
        [FromServices] ApiCallers callers,
        [FromServices] RecommendationMetrics metrics,
        [FromServices] ILoggerFactory loggers)
    {
        var cancellationToken = context.RequestAborted;
        var logger = loggers.CreateLogger(LogCategory);
        var body = await RequestBodyReader.ReadJsonAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (body.Problem is { } problem)
        {
            Log.RequestRejected(logger, body.Reason);
            return problem;
        }

        using var document = body.Document!; // Set whenever Problem is null.
        var root = document.RootElement;
        if (root.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            Log.RequestRejected(logger, "body is not an object");
            return ApiProblems.NotAnObject(root.ValueKind);
        }

        var input = ConstraintsJsonReader.Read(root);
        var errors = input.Text is { } text && string.IsNullOrWhiteSpace(text)
            ? [.. input.Errors, new FieldError(ConstraintsJsonReader.TextField, "is empty", $"free text of 1 to {ConstraintsJsonReader.MaxTextLength} characters")]
            : input.Errors;
        if (errors.Count > 0)
        {
            Log.FieldsRejected(logger, errors.Count);
            return ApiProblems.InvalidFields(errors);
        }

        var computed = input.Text is null
            ? service.Recommend(input.Constraints)
            : service.RecommendFromText(input.Text, input.Constraints);
        // It belongs to its caller (its key, or its Entra tenant): only they may read it back in full. The anonymous
        // development caller's belongs to nobody (readable, without its free text, through its report link only).
        var recommendation = computed with { ReportUrl = links.Page(computed.Id), Audience = ReportReader.Caller(callers.Of(context)) };
        // Serialised once, as UTF-8: the same bytes are stored and written to the response body.
        var json = JsonSerializer.SerializeToUtf8Bytes(recommendation, RecommendationJson.Options);
        await store.SaveAsync(recommendation, json, cancellationToken).ConfigureAwait(false);
        Log.RecommendationStored(logger, recommendation.Id, recommendation.Path);
        metrics.Recommended(recommendation.Path, "api");

        // A caller with an identity reads it back with that identity; the anonymous development caller only through a link.
        var query = recommendation.Audience is null ? tokens.Query(recommendation.Id) : string.Empty;
        context.Response.Headers.Location = $"{RecommendationsEndpointRouteBuilderExtensions.RoutePrefix}/{Uri.EscapeDataString(recommendation.Id)}{query}";
        context.Response.Headers.CacheControl = ReportHeaders.NoStore;
        return TypedResults.Bytes(json, JsonContentType);
    }

    public static async Task<IResult> GetAsync(string id, HttpContext context, [FromServices] IRecommendationStore store, [FromServices] ReportLinks links,
        [FromServices] ReportAccess access)
    {
        context.Response.Headers.CacheControl = ReportHeaders.NoStore;
        var recommendation = RecommendationIds.IsWellFormed(id) // Core owns the id shape; anything else cannot be stored.
            ? await store.GetAsync(id, context.RequestAborted).ConfigureAwait(false)
            : null;
        // The same rule as the report page; the API never redirects to a sign-in, and answers everything else as unknown.
        // The report's address is the current one: the public base URL may have changed since it was stored.
        return (recommendation is null ? ReportVerdict.NotFound : access.Decide(context, recommendation).Verdict) switch
        {
            ReportVerdict.Full => TypedResults.Ok(recommendation! with { ReportUrl = links.Page(recommendation!.Id) }),
            ReportVerdict.WithoutFreeText => TypedResults.Ok(WithheldFreeText.Apply(recommendation!) with { ReportUrl = links.Page(recommendation!.Id) }),
            ReportVerdict.Expired => ApiProblems.LinkExpired(),
            _ => ApiProblems.NotFound(),
        };
    }
}
