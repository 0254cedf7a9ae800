using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.DependencyInjection;
using ModelStrategy.Storage.DependencyInjection;

namespace ModelStrategy.Storage.Tests.TestSupport;

/// <summary>
/// One provider's stores, built as the host builds them (settings → AddModelStrategyCore + AddModelStrategyStorage).
/// Every <see cref="Open"/> is a fresh set of store instances over the same data, as after a process restart.
/// </summary>
public abstract class StoreProvider : IAsyncDisposable
{
    /// <summary>The settings that choose and locate this provider's store.</summary>
    protected abstract IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>The provider's own conversation store type, for decorators.</summary>
    protected abstract Type ConversationStoreType { get; }

    /// <summary>New store instances; <paramref name="decorate"/> wraps the conversation store the engine uses.</summary>
    public StoreScope Open(FakeTimeProvider? clock = null, Func<IConversationStore, IConversationStore>? decorate = null, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).AddInMemoryCollection(extra ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock ?? new FakeTimeProvider(TestClock.Start))
            .AddModelStrategyCore()
            .AddModelStrategyStorage();
        if (decorate is not null)
        {
            var inner = ConversationStoreType;
            services.AddSingleton(sp => decorate((IConversationStore)sp.GetRequiredService(inner)));
        }

        return new StoreScope(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
