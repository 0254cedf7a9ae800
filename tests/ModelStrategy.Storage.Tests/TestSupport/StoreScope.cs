using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.ChannelSupport.Deliveries;
using ModelStrategy.Core.ChannelSupport.Inbox;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Outcomes;
using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Storage.Tests.TestSupport;

/// <summary>A set of store instances (and the engine over them) that share one container, disposed together.</summary>
public sealed class StoreScope(ServiceProvider services) : IAsyncDisposable
{
    public IServiceProvider Services => services;

    public IConversationStore Conversations => services.GetRequiredService<IConversationStore>();

    public IRecommendationStore Recommendations => services.GetRequiredService<IRecommendationStore>();

    public IDeliveryLedger Ledger => services.GetRequiredService<IDeliveryLedger>();

    public IInbox Inbox => services.GetRequiredService<IInbox>();

    public IReviewReminderStore Reviews => services.GetRequiredService<IReviewReminderStore>();

    public IOutcomeStore Outcomes => services.GetRequiredService<IOutcomeStore>();

    public IStoreReadiness Readiness => services.GetRequiredService<IStoreReadiness>();

    public IConversationEngine Engine => services.GetRequiredService<IConversationEngine>();

    public StorageOptions Options => services.GetRequiredService<IOptions<StorageOptions>>().Value;

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
