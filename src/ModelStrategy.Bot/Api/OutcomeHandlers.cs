using System.Text;
using Microsoft.AspNetCore.Mvc;
using ModelStrategy.Bot.Access;
using ModelStrategy.Bot.Reports;
using ModelStrategy.Core.Outcomes;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Bot.Api;

/// <summary>The request handler behind <see cref="OutcomesEndpointRouteBuilderExtensions"/>.</summary>
internal static class OutcomeHandlers
{
    /// <summary>The most rows exported per team.</summary>
    public const int MaxRowsPerTeam = 10_000;

    /// <summary>The CSV of the caller's teams' outcomes: an Entra token's tenant, or the teams an API key names.</summary>
    public static async Task<IResult> ExportAsync(HttpContext context, [FromServices] IOutcomeStore outcomes, [FromServices] ApiCallers callers)
    {
        context.Response.Headers.CacheControl = ReportHeaders.NoStore;
        var teams = Teams(callers.Of(context));
        if (teams.Count == 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "No team's outcomes for this caller",
                detail: "Outcomes are exported per team: call with a Microsoft Entra token of the tenant, or with an API key whose "
                    + "Api:Keys:N:Teams names the team (slack:<workspace id> or entra:<tenant id>; docs/CALIBRATION.md).");
        }

        var rows = new List<Outcome>();
        foreach (var team in teams)
        {
            rows.AddRange(await outcomes.ListAsync(team, MaxRowsPerTeam, context.RequestAborted).ConfigureAwait(false));
        }

        var csv = OutcomesCsv.Write(rows.OrderByDescending(o => o.Choice?.At).ThenBy(o => o.RecommendationId, StringComparer.Ordinal));
        context.Response.Headers.ContentDisposition = "attachment; filename=\"outcomes.csv\"";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Text(csv, "text/csv; charset=utf-8; header=present", Encoding.UTF8);
    }

    /// <summary>The teams a caller may export: its Entra tenant, or its key's teams; none for the anonymous development caller.</summary>
    public static IReadOnlyList<Audience> Teams(ApiCaller? caller) => caller?.Kind switch
    {
        ApiCallerKind.Entra => [new Audience(Audience.Entra, caller.Name)],
        ApiCallerKind.Key => [.. (caller.Teams ?? []).Select(Audience.Parse).OfType<Audience>().Where(a => a.Platform != Audience.ApiKey).Distinct()],
        _ => [],
    };
}
