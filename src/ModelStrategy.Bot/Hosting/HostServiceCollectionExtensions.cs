using ModelStrategy.Bot.Access;
using ModelStrategy.Bot.Health;
using ModelStrategy.Bot.OpenApi;
using ModelStrategy.Core.ChannelSupport.Inbox;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Bot.Hosting;

/// <summary>The host's own services: problem details, JSON shape, OpenAPI, health checks, who may call the API and its rate limiter, and this process as an inbox owner.</summary>
internal static class HostServiceCollectionExtensions
{
    public static IServiceCollection AddModelStrategyHost(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDetailsCustomization.Customize);
        services.ConfigureHttpJsonOptions(options => RecommendationJson.Configure(options.SerializerOptions));
        services.AddOpenApi(options => options.AddSchemaTransformer<ConstraintsSchemaTransformer>());
        services.AddHealthChecks().AddCheck<StoreHealthCheck>(StoreHealthCheck.Name, tags: [HealthEndpointRouteBuilderExtensions.ReadyTag]);
        services.AddHostedService<TriageWarmUp>();
        services.AddSingleton<IInboxOwner, ProcessInboxOwner>();
        services.AddApiAccess();
        services.AddApiRateLimiting();
        return services;
    }
}
