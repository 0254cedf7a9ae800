using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ModelStrategy.Bot.Reports;

/// <summary>Registers what the report pages and report links need.</summary>
internal static class ReportsServiceCollectionExtensions
{
    /// <summary>Binds the top-level <c>PublicBaseUrl</c> (validated at start-up) and registers <see cref="ReportLinks"/>.</summary>
    public static IServiceCollection AddReportPages(this IServiceCollection services)
    {
        services.AddOptions<PublicUrlOptions>()
            .Configure<IConfiguration>((options, configuration) => options.PublicBaseUrl = configuration[PublicUrlOptions.Key])
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PublicUrlOptions>, PublicUrlOptionsValidator>());
        services.TryAddSingleton<ReportLinks>();
        return services;
    }
}
