using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.Deliveries;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Storage.Sqlite;

namespace ModelStrategy.Storage.DependencyInjection;

/// <summary>Registers the configured recommendation and conversation stores.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="StorageOptions"/> from the "Storage" section (validated at start-up) and registers
    /// <see cref="IRecommendationStore"/>, <see cref="IConversationStore"/>, <see cref="IDeliveryLedger"/> and <see cref="IStoreReadiness"/>. Calling it twice is harmless.
    /// </summary>
    public static IServiceCollection AddModelStrategyStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton<SqliteDatabase>();
        services.TryAddSingleton<SqliteRecommendationStore>();
        services.TryAddSingleton<IRecommendationStore>(sp => sp.GetRequiredService<SqliteRecommendationStore>());
        services.TryAddSingleton<IStoreReadiness>(sp => sp.GetRequiredService<SqliteRecommendationStore>());
        services.TryAddSingleton<IConversationStore, SqliteConversationStore>();
        services.TryAddSingleton<IDeliveryLedger, SqliteDeliveryLedger>();
        return services;
    }
}
