using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelStrategy.Channels.Http;
using ModelStrategy.Channels.Teams.Auth;
using ModelStrategy.Channels.Teams.Inbound;
using ModelStrategy.Channels.Teams.Outbound;
using ModelStrategy.Core.DependencyInjection;
using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Channels.Teams;

/// <summary>Registers the Teams channel.</summary>
public static class TeamsChannelServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Teams channel: <see cref="TeamsOptions"/> (section "Teams", validated at start-up), inbound JWT
    /// validation, the Bot Connector client with its resilience policies and the activity handlers. Needs
    /// AddModelStrategyCore(). Repeated calls are harmless.
    /// </summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(MessagesEndpoint)))
        {
            return services;
        }

        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // No HttpClient request logging: it would write every connector URL (conversation ids) to the log.
        services.AddHttpClient(BotFrameworkAuthConstants.MetadataClientName).RemoveAllLoggers();
        services.TryAddSingleton<IBotTokenValidator, BotTokenValidator>();
        services.TryAddSingleton<TeamsAccess>();
        services.AddHostedService<TeamsAccessLog>();
        services.TryAddSingleton<InboundAuthenticator>();
        services.TryAddSingleton<TrustedServiceUrls>();
        services.AddTeamRateLimiting();
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.AddReportLinks();
        services.TryAddSingleton<IAdaptiveCardRenderer, TeamsCardRenderer>();
        services.AddHttpClient<IConnectorClient, ConnectorClient>()
            .RemoveAllLoggers()
            .AddOutboundResilience<ConnectorAttemptMetrics>(ConnectorPolicies.Transient);
        services.TryAddTransient<ConnectorAttemptMetrics>();
        services.AddTransient<RateLimitReplies>();
        services.AddTransient<ReplySender>();
        foreach (var (type, handler) in ActivityHandlers.ByType)
        {
            services.AddKeyedTransient(typeof(IActivityHandler), type, handler);
        }

        foreach (var (name, handler) in InvokeHandlers.ByName)
        {
            services.AddKeyedTransient(typeof(IInvokeHandler), name, handler);
        }

        services.AddTransient<MessagesEndpoint>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReviewPoster, TeamsReviewPoster>());
        return services;
    }
}
