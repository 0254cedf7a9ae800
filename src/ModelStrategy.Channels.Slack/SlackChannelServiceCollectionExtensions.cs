using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ModelStrategy.Channels.Http;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Commands;
using ModelStrategy.Channels.Slack.Events;
using ModelStrategy.Channels.Slack.Inbound;
using ModelStrategy.Channels.Slack.Interactions;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.RateLimiting;
using ModelStrategy.Channels.Slack.Verification;
using ModelStrategy.Channels.Slack.Work;
using ModelStrategy.Core.DependencyInjection;
using ModelStrategy.Core.ChannelSupport.Inbox;
using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Channels.Slack;

/// <summary>Registers the Slack channel.</summary>
public static class SlackChannelServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Slack channel: <see cref="SlackOptions"/> (section "Slack", validated at start-up), request signature
    /// verification, the background work queue and its worker, the Web API client with its resilience policies, Block
    /// Kit rendering and the endpoints (each kind of work builds its own handler: <see cref="Work.SlackWork.RunAsync"/>). Needs AddModelStrategyCore() and a store
    /// (AddModelStrategyStorage: conversations, recommendations and the delivery ledger). Repeated calls are harmless.
    /// </summary>
    public static IServiceCollection AddSlackChannel(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(EventsEndpoint)))
        {
            return services;
        }

        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsEnvironmentValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSlackBlockKit();
        services.TryAddSingleton<SlackRequestVerifier>();
        services.AddTeamRateLimiting();
        services.TryAddSingleton<RateLimitNoticeQueue>();
        services.TryAddSingleton<ResponseUrls>();
        services.TryAddSingleton<SlackWorkQueue>();
        services.TryAddSingleton<ISlackWorkQueue>(sp => sp.GetRequiredService<SlackWorkQueue>());
        services.TryAddSingleton<IInboxOwner, UniqueInboxOwner>();
        services.TryAddSingleton<InboxLeases>();
        services.AddHostedService<SlackWorker>();
        // No HttpClient request logging: it would write every URL, and a response_url is a capability to post in a
        // channel. SlackApiClient logs the method and status instead.
        services.AddHttpClient<ISlackApiClient, SlackApiClient>()
            .RemoveAllLoggers()
            .AddOutboundResilience<SlackAttemptMetrics>(SlackApiPolicies.Transient);
        services.TryAddTransient<SlackAttemptMetrics>();
        services.AddTransient<SlackReplySender>();
        services.AddTransient<SlackDeliveries>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReviewPoster, SlackReviewPoster>());
        services.AddTransient<EventsEndpoint>();
        services.AddTransient<CommandsEndpoint>();
        services.AddTransient<InteractionsEndpoint>();
        return services;
    }
}
