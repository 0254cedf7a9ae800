using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Bot.Reports.Access;

/// <summary>Registers who may open a report: the settings, sign-in, link tokens and their key ring.</summary>
internal static class ReportAccessServiceCollectionExtensions
{
    public static WebApplicationBuilder AddReportAccess(this WebApplicationBuilder builder)
    {
        var settings = ReportAccessSettings.Resolve(builder.Configuration, builder.Environment);
        var services = builder.Services;
        services.TryAddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        ReportKeyRing.Add(services, builder.Configuration);
        ReportSignIn.Add(services, settings, builder.Configuration[PublicUrlOptions.Key]);
        services.TryAddSingleton<ReportLinkTokens>();
        services.TryAddSingleton<IReportLinkTokens>(sp => sp.GetRequiredService<ReportLinkTokens>());
        services.TryAddSingleton<ReportAccess>();
        services.AddHostedService<ReportAccessLog>();
        return builder;
    }
}
