using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ModelStrategy.Bot.Access;

/// <summary>Registers who may call the HTTP API and which forwarded headers are believed.</summary>
internal static class AccessServiceCollectionExtensions
{
    public static IServiceCollection AddApiAccess(this IServiceCollection services)
    {
        services.AddOptions<ApiAccessOptions>().BindConfiguration(ApiAccessOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApiAccessOptions>, ApiAccessOptionsValidator>());
        services.TryAddSingleton<ApiCallers>();
        services.AddTrustedForwardedHeaders();
        return services;
    }
}
