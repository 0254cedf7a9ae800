using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.ChannelSupport.Deliveries;
using ModelStrategy.Core.ChannelSupport.Inbox;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Outcomes;
using ModelStrategy.Core.Reviews;
using ModelStrategy.Storage.Redis;
using ModelStrategy.Storage.Sqlite;

namespace ModelStrategy.Storage.DependencyInjection;

/// <summary>Registers the configured recommendation and conversation stores.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="StorageOptions"/> from the "Storage" section and <c>ConnectionStrings:Redis</c> (validated at
    /// start-up) and registers <see cref="IRecommendationStore"/>, <see cref="IConversationStore"/>, <see cref="IDeliveryLedger"/>,
    /// <see cref="IInbox"/>, <see cref="IReviewReminderStore"/>, <see cref="IOutcomeStore"/> and <see cref="IStoreReadiness"/> of the chosen provider (<c>Storage:Provider</c>: Sqlite or Redis), and
    /// the hosted service that deletes expired SQLite recommendations (<c>Storage:RecommendationRetention</c>). Calling it twice is harmless.
    /// </summary>
    public static IServiceCollection AddModelStrategyStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
                options.RedisConnectionString = configuration.GetConnectionString(StorageOptions.RedisConnectionStringName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, ConversationRetentionValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RecommendationRetention>();
        services.TryAddSingleton<SqliteDatabase>();
        services.TryAddSingleton<SqliteWriter>();
        services.TryAddSingleton<SqliteRecommendationStore>();
        services.TryAddSingleton<SqliteConversationStore>();
        services.TryAddSingleton<SqliteDeliveryLedger>();
        services.TryAddSingleton<SqliteInbox>();
        services.TryAddSingleton<SqliteReviewReminderStore>();
        services.TryAddSingleton<SqliteOutcomeStore>();
        services.TryAddSingleton<SqliteRecommendationSpace>();
        services.TryAddSingleton<SqliteRecommendationSweeper>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SqliteRetentionService>());
        services.AddRedisStores();
        services.TryAddSingleton<IRecommendationStore>(sp => sp.Chosen<IRecommendationStore, SqliteRecommendationStore, RedisRecommendationStore>());
        services.TryAddSingleton<IStoreReadiness>(sp => sp.Chosen<IStoreReadiness, SqliteRecommendationStore, RedisStoreReadiness>());
        services.TryAddSingleton<IConversationStore>(sp => sp.Chosen<IConversationStore, SqliteConversationStore, RedisConversationStore>());
        services.TryAddSingleton<IDeliveryLedger>(sp => sp.Chosen<IDeliveryLedger, SqliteDeliveryLedger, RedisDeliveryLedger>());
        services.TryAddSingleton<IInbox>(sp => sp.Chosen<IInbox, SqliteInbox, RedisInbox>());
        services.TryAddSingleton<IReviewReminderStore>(sp => sp.Chosen<IReviewReminderStore, SqliteReviewReminderStore, RedisReviewReminderStore>());
        services.TryAddSingleton<IOutcomeStore>(sp => sp.Chosen<IOutcomeStore, SqliteOutcomeStore, RedisOutcomeStore>());
        return services;
    }

    private static IServiceCollection AddRedisStores(this IServiceCollection services)
    {
        services.TryAddSingleton<RedisConnection>();
        services.TryAddSingleton<RedisRecommendationSpace>();
        services.TryAddSingleton<RedisRecommendationStore>();
        services.TryAddSingleton<RedisConversationStore>();
        services.TryAddSingleton<RedisDeliveryLedger>();
        services.TryAddSingleton<RedisInbox>();
        services.TryAddSingleton<RedisReviewReminderStore>();
        services.TryAddSingleton<RedisOutcomeStore>();
        services.TryAddSingleton<RedisStoreReadiness>();
        return services;
    }

    /// <summary>The SQLite or the Redis implementation of a port, as <c>Storage:Provider</c> says.</summary>
    private static TPort Chosen<TPort, TSqlite, TRedis>(this IServiceProvider services)
        where TSqlite : TPort
        where TRedis : TPort
        where TPort : notnull =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.UsesRedis
            ? services.GetRequiredService<TRedis>()
            : services.GetRequiredService<TSqlite>();
}
