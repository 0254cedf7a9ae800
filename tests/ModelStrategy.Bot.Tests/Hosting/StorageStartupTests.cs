using Microsoft.Extensions.Options;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.Hosting;

public sealed class StorageStartupTests
{
    [Theory]
    [InlineData("Postgres", "is not supported; allowed: Sqlite, Redis")]
    public void Start_UnsupportedStorageProvider_FailsWithReadableMessage(string provider, string expected)
    {
        // Act
        var exception = FailedStart.Of(() => new ProviderFactory(provider));

        // Assert
        var validation = Assert.IsType<OptionsValidationException>(Unwrap(exception));
        Assert.Contains($"Storage:Provider \"{provider}\" {expected}", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_RedisWithoutConnectionString_FailsNamingTheSetting()
    {
        // Act
        var exception = FailedStart.Of(() => new ProviderFactory("Redis"));

        // Assert
        var validation = Assert.IsType<OptionsValidationException>(Unwrap(exception));
        Assert.Contains("ConnectionStrings:Redis is required when Storage:Provider is \"Redis\"", validation.Message, StringComparison.Ordinal);
    }

    private static Exception? Unwrap(Exception? exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerException) : exception;

    private sealed class ProviderFactory(string provider) : BotFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Storage:Provider"] = provider,
        };
    }
}
