using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Bot.Pricing;

/// <summary>Registers the operator's price file as the recommendation service's prices.</summary>
internal static class PricingServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="PricingOptions"/> ("Pricing", validated at start-up), makes <see cref="PriceFileSource"/> the
    /// <see cref="IPriceBookSource"/> (replacing the core's built-in one) and starts <see cref="PriceFileWatcher"/>.
    /// </summary>
    public static IServiceCollection AddPricing(this IServiceCollection services)
    {
        services.AddOptions<PricingOptions>().BindConfiguration(PricingOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PricingOptions>, PricingOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PriceFileSource>();
        services.Replace(ServiceDescriptor.Singleton<IPriceBookSource>(sp => sp.GetRequiredService<PriceFileSource>()));
        services.AddHostedService<PriceFileWatcher>();
        return services;
    }
}
