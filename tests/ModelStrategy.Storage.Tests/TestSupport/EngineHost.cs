using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.DependencyInjection;
using ModelStrategy.Storage.DependencyInjection;
using ModelStrategy.Storage.Sqlite;

namespace ModelStrategy.Storage.Tests.TestSupport;

/// <summary>The conversation engine wired as the host wires it (Core + Storage), over a SQLite file.</summary>
internal sealed class EngineHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public EngineHost(string sqlitePath, FakeTimeProvider clock, Func<IConversationStore, IConversationStore>? decorate = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:SqlitePath"] = sqlitePath })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddModelStrategyCore()
            .AddModelStrategyStorage();
        if (decorate is not null)
        {
            services.AddSingleton(sp => decorate(sp.GetRequiredService<SqliteConversationStore>()));
            services.AddSingleton<SqliteConversationStore>();
        }

        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Engine = _provider.GetRequiredService<IConversationEngine>();
    }

    public IConversationEngine Engine { get; }

    public void Dispose()
    {
        _provider.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
