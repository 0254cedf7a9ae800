using ModelStrategy.Bot.Access;
using ModelStrategy.Bot.Hosting;

namespace ModelStrategy.Bot.Api;

/// <summary>Maps the outcomes export: what teams went with and what it took, beside the estimates, as CSV.</summary>
internal static class OutcomesEndpointRouteBuilderExtensions
{
    public const string Route = "/api/outcomes.csv";

    public static IEndpointRouteBuilder MapOutcomesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, OutcomeHandlers.ExportAsync)
            .WithTags("Outcomes")
            .RequireRateLimiting(ApiRateLimiting.Policy)
            .AddEndpointFilter<ApiAccessFilter>()
            .WithName("ExportOutcomes")
            .WithSummary("Export the outcomes of the caller's teams as CSV")
            .WithDescription("One row per recommendation a team answered in chat: the path recommended and the path taken, the estimate for the " +
                "path taken (weeks to launch, 12-month cost in USD, with the price book behind it) and about what it took. An Entra token exports its " +
                "tenant's outcomes, an API key those of the teams its Api:Keys:N:Teams names; 403 for any other caller. Cells a spreadsheet would " +
                "read as formulas start with an apostrophe. See docs/CALIBRATION.md.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return endpoints;
    }
}
