using ModelStrategy.Bot.Access;
using ModelStrategy.Bot.Hosting;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Channels.Http.Inbound;

namespace ModelStrategy.Bot.Api;

/// <summary>Maps the recommendations HTTP API: create one from constraints or text, and fetch a stored one.</summary>
internal static class RecommendationsEndpointRouteBuilderExtensions
{
    public const string RoutePrefix = "/api/recommendations";

    public static IEndpointRouteBuilder MapRecommendationsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(RoutePrefix).WithTags("Recommendations").RequireRateLimiting(ApiRateLimiting.Policy)
            .AddEndpointFilter<ApiAccessFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapPost("/", RecommendationHandlers.CreateAsync)
            .WithName("CreateRecommendation")
            .WithSummary("Recommend how to build the AI feature")
            .WithDescription(
                "The body is a constraints object (every field optional; missing ones get stated defaults), or " +
                "{\"text\": \"...\"} for quick triage; explicit fields next to text win over what the text says. " +
                "The recommendation is stored and its address returned in the Location header. Bodies over 64 KB are refused.")
            .Accepts<ProjectConstraints>("application/json")
            .Produces<Recommendation>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .WithMetadata(new RequestSizeLimit(RequestBodyReader.MaxBodyBytes));

        group.MapGet("/{id}", RecommendationHandlers.GetAsync)
            .WithName("GetRecommendation")
            .WithSummary("Fetch a stored recommendation")
            .WithDescription("Returns the recommendation as it was created, to its own caller (the same API key, or an Entra token of its tenant); " +
                "with a report link's ?k= token, without the project's own words. 404 when the id is unknown, not a valid id, or not yours; 410 for an expired link.")
            .Produces<Recommendation>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status500InternalServerError);

        return endpoints;
    }
}
