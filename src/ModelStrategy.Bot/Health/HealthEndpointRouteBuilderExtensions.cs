using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ModelStrategy.Bot.Health;

/// <summary>Maps the liveness (<c>/healthz</c>) and readiness (<c>/readyz</c>) probes.</summary>
internal static class HealthEndpointRouteBuilderExtensions
{
    /// <summary>Checks with this tag decide readiness.</summary>
    public const string ReadyTag = "ready";

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        return endpoints;
    }
}
