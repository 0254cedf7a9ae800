using Microsoft.Extensions.Diagnostics.HealthChecks;
using ModelStrategy.Storage;

namespace ModelStrategy.Bot.Health;

/// <summary>Ready only when the recommendation store answers.</summary>
internal sealed class StoreHealthCheck(IStoreReadiness readiness) : IHealthCheck
{
    public const string Name = "store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await readiness.IsReadyAsync(cancellationToken).ConfigureAwait(false)
            ? HealthCheckResult.Healthy("the recommendation store is reachable")
            : HealthCheckResult.Unhealthy("the recommendation store is unreachable");
}
