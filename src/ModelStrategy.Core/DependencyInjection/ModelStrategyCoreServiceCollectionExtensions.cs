using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.Pricing;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;
using ModelStrategy.Core.ChannelSupport.Telemetry;
using ModelStrategy.Core.ChannelSupport.RateLimiting;
using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Core.DependencyInjection;

/// <summary>Registers the recommendation core.</summary>
public static class ModelStrategyCoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="RecommendationService"/> (with the built-in prices unless an <see cref="IPriceBookSource"/> is
    /// registered first), the system <see cref="TimeProvider"/> and the conversation engine
    /// (<see cref="IConversationEngine"/>, with <see cref="ConversationOptions"/> bound from the "Conversations" section
    /// and validated at start-up). The engine needs an <see cref="IConversationStore"/> and an
    /// <see cref="IRecommendationStore"/> (AddModelStrategyStorage); with an <see cref="IReviewReminderStore"/> it also sets
    /// review reminders, which the <see cref="ReviewRunner"/> (<see cref="ReviewOptions"/> from the "Reviews" section)
    /// posts through the channels' <see cref="IReviewPoster"/>s when they come due. Also the per-team <see cref="TeamRateLimiter"/>
    /// (<see cref="RateLimitOptions"/> from the "RateLimits" section). Repeated calls are harmless.
    /// </summary>
    public static IServiceCollection AddModelStrategyCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPriceBookSource, BuiltInPriceBookSource>();
        services.TryAddSingleton<RecommendationService>();
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConversationOptions>, ConversationOptionsValidator>());
        services.TryAddSingleton<IConversationEngine, ConversationEngine>();
        services.AddOptions<ReviewOptions>().BindConfiguration(ReviewOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReviewOptions>, ReviewOptionsValidator>());
        services.TryAddSingleton<ReviewRunner>();
        services.AddModelStrategyMetrics();
        services.AddTeamRateLimiting();
        return services;
    }

    /// <summary>
    /// Adds the per-team <see cref="TeamRateLimiter"/> with <see cref="RateLimitOptions"/> bound from the "RateLimits"
    /// section and validated at start-up, and the <see cref="RateLimitNotices"/> both channels share. The channels call
    /// it themselves; repeated calls are harmless.
    /// </summary>
    public static IServiceCollection AddTeamRateLimiting(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(TeamRateLimiter)))
        {
            return services;
        }

        services.AddModelStrategyMetrics();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>());
        services.TryAddSingleton<TeamRateLimiter>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RateLimitNotices>();
        return services;
    }

    /// <summary>
    /// Adds <see cref="ReportLinks"/> with <see cref="PublicUrlOptions"/> bound from the top-level <c>PublicBaseUrl</c> and
    /// validated at start-up (an unusable address stops the host). The host and both channels call it; repeated calls
    /// are harmless.
    /// </summary>
    public static IServiceCollection AddReportLinks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(ReportLinks)))
        {
            return services;
        }

        services.AddOptions<PublicUrlOptions>()
            .Configure<Microsoft.Extensions.Configuration.IConfiguration>((options, configuration) => options.PublicBaseUrl = configuration[PublicUrlOptions.Key])
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PublicUrlOptions>, PublicUrlOptionsValidator>());
        services.TryAddSingleton<ReportLinks>();
        return services;
    }

    /// <summary>
    /// Adds the bot's instruments on one <see cref="BotMeter"/> ("ModelStrategy", from the host's IMeterFactory when
    /// there is one): <see cref="TurnMetrics"/>, <see cref="OutboundMetrics"/>, <see cref="InboxMetrics"/>,
    /// <see cref="RecommendationMetrics"/>, <see cref="RateLimitMetrics"/> and <see cref="StorageMetrics"/>. They record nothing until a listener
    /// subscribes; exporting them is the host's choice. Repeated calls are harmless.
    /// </summary>
    public static IServiceCollection AddModelStrategyMetrics(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<BotMeter>();
        services.TryAddSingleton<TurnMetrics>();
        services.TryAddSingleton<OutboundMetrics>();
        services.TryAddSingleton<InboxMetrics>();
        services.TryAddSingleton<RecommendationMetrics>();
        services.TryAddSingleton<RateLimitMetrics>();
        services.TryAddSingleton<StorageMetrics>();
        return services;
    }
}
