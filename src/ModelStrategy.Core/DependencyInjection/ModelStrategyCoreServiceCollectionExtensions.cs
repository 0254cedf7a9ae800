using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.DependencyInjection;

/// <summary>Registers the recommendation core.</summary>
public static class ModelStrategyCoreServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IRecommendationService"/> and the system <see cref="TimeProvider"/>; repeated calls are harmless.</summary>
    public static IServiceCollection AddModelStrategyCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRecommendationService, RecommendationService>();
        return services;
    }
}
