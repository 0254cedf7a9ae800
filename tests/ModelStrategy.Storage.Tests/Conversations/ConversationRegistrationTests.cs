using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.DependencyInjection;
using ModelStrategy.Storage.DependencyInjection;
using ModelStrategy.Storage.Sqlite;

namespace ModelStrategy.Storage.Tests.Conversations;

public sealed class ConversationRegistrationTests
{
    [Fact]
    public void AddCoreAndStorage_Configured_ResolveTheEngineOverSqliteWithBoundOptions()
    {
        // Arrange
        using var provider = Build(new() { ["Conversations:IdleExpiry"] = "2.00:00:00", ["Conversations:HistorySize"] = "3" });

        // Act
        var store = provider.GetRequiredService<IConversationStore>();
        var engine = provider.GetService<IConversationEngine>();
        var options = provider.GetRequiredService<IOptions<ConversationOptions>>().Value;

        // Assert
        Assert.IsType<SqliteConversationStore>(store);
        Assert.NotNull(engine);
        Assert.Equal((TimeSpan.FromDays(2), 3), (options.IdleExpiry, options.HistorySize));
    }

    [Fact]
    public void AddModelStrategyCore_NegativeIdleExpiry_FailsValidation()
    {
        // Arrange
        using var provider = Build(new() { ["Conversations:IdleExpiry"] = "-1.00:00:00" });

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ConversationOptions>>().Value);

        // Assert
        Assert.Contains("IdleExpiry", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["Storage:SqlitePath"] = Path.Combine(Path.GetTempPath(), "ms-storage-tests", Guid.NewGuid().ToString("N"), "x.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddModelStrategyCore()
            .AddModelStrategyStorage()
            .AddModelStrategyCore()
            .BuildServiceProvider();
    }
}
