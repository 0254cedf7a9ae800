using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ModelStrategy.Bot.Hosting;

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
            ResponseWriter = WriteReadinessAsync,
        });
        return endpoints;
    }

    /// <summary>Writes the readiness report; the first time the host is ready, the quick-triage warm-up starts (TriageWarmUp).</summary>
    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        if (report.Status == HealthStatus.Healthy)
        {
            TriageWarmUp.Start();
        }

        return HealthResponseWriter.WriteAsync(context, report);
    }
}
