using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using ModelStrategy.Bot.Reports;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Telemetry;

namespace ModelStrategy.Bot.Api;

/// <summary>The request handlers behind <see cref="RecommendationsEndpointRouteBuilderExtensions"/>.</summary>
internal static class RecommendationHandlers
{
    private const string LogCategory = "ModelStrategy.Bot.Api.Recommendations";

    private const string JsonContentType = "application/json; charset=utf-8";

    public static async Task<IResult> CreateAsync(
        HttpContext context,
        [FromServices] IRecommendationService service,
        [FromServices] IRecommendationStore store,
        [FromServices] ReportLinks links,
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
        var recommendation = computed with { ReportUrl = links.Page(computed.Id) };
        // Serialised once, as UTF-8: the same bytes are stored and written to the response body.
        var json = JsonSerializer.SerializeToUtf8Bytes(recommendation, RecommendationJson.Options);
        await store.SaveAsync(recommendation, json, cancellationToken).ConfigureAwait(false);
        Log.RecommendationStored(logger, recommendation.Id, recommendation.Path);
        metrics.Recommended(recommendation.Path, "api");

        context.Response.Headers.Location = $"{RecommendationsEndpointRouteBuilderExtensions.RoutePrefix}/{Uri.EscapeDataString(recommendation.Id)}";
        return TypedResults.Bytes(json, JsonContentType);
    }

    public static async Task<IResult> GetAsync(string id, [FromServices] IRecommendationStore store, [FromServices] ReportLinks links, CancellationToken cancellationToken)
    {
        if (!RecommendationIds.IsWellFormed(id)) // Core owns the id shape; anything else cannot be stored.
        {
            return ApiProblems.NotFound();
        }

        var recommendation = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        // The report's address is the current one: the public base URL may have changed since it was stored.
        return recommendation is null ? ApiProblems.NotFound() : TypedResults.Ok(recommendation with { ReportUrl = links.Page(recommendation.Id) });
    }
}
