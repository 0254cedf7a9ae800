using Microsoft.Extensions.Options;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Redis;

public sealed class RedisStorageOptionsValidatorTests
{
    private readonly StorageOptionsValidator _validator = new();

    [Theory]
    [InlineData("Redis")]
    [InlineData("redis")]
    public void Validate_RedisWithConnectionString_Succeeds(string provider)
    {
        // Act
        var result = _validator.Validate(null, new StorageOptions { Provider = provider, RedisConnectionString = "127.0.0.1:6379,password=x" });

        // Assert
        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_RedisWithoutConnectionString_FailsNamingTheSetting(string? connectionString)
    {
        // Act
        var result = _validator.Validate(null, new StorageOptions { Provider = "Redis", RedisConnectionString = connectionString });

        // Assert
        Assert.True(result.Failed);
        Assert.Contains("ConnectionStrings:Redis is required when Storage:Provider is \"Redis\"", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Redis", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedConnectionString_FailsWithoutEchoingItsPassword()
    {
        // Act
        var result = _validator.Validate(null, new StorageOptions { Provider = "Redis", RedisConnectionString = "127.0.0.1:6379,password=hunter2-secret,bogus=1" });

        // Assert
        Assert.True(result.Failed);
        Assert.Contains("ConnectionStrings:Redis is not a valid Redis connection string", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RedisWithEmptyPrefixAndNoRetention_FailsNamingBoth()
    {
        // Act
        var result = _validator.Validate(null, new StorageOptions
        {
            Provider = "Redis", RedisConnectionString = "localhost", RedisKeyPrefix = "", ConversationRetention = TimeSpan.Zero,
        });

        // Assert
        Assert.Contains("Storage:RedisKeyPrefix", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Storage:ConversationRetention", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SqliteWithoutConnectionString_StillSucceeds()
    {
        // Act
        var result = _validator.Validate(null, new StorageOptions { Provider = "Sqlite", RedisConnectionString = null });

        // Assert
        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("7.00:00:00", "7.00:00:00", false)]
    [InlineData("7.00:00:00", "7.00:00:01", true)]
    [InlineData("30.00:00:00", "90.00:00:00", true)]
    public void ConversationRetention_MustOutlastIdleExpiry(string idle, string retention, bool valid)
    {
        // Arrange
        var validator = new ConversationRetentionValidator(Options.Create(new ConversationOptions { IdleExpiry = TimeSpan.Parse(idle, System.Globalization.CultureInfo.InvariantCulture) }));
        var options = new StorageOptions
        {
            Provider = "Redis", RedisConnectionString = "localhost", ConversationRetention = TimeSpan.Parse(retention, System.Globalization.CultureInfo.InvariantCulture),
        };

        // Act
        var result = validator.Validate(null, options);

        // Assert
        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("Storage:ConversationRetention", result.FailureMessage, StringComparison.Ordinal);
            Assert.Contains("Conversations:IdleExpiry", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AddModelStrategyStorage_ConnectionStringFromConnectionStringsSection_ReachesTheOptions()
    {
        // Arrange
        await using var sqlite = new SqliteStoreProvider();
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = "cache.internal:6380,ssl=true" };

        // Act
        await using var scope = sqlite.Open(extra: settings);

        // Assert
        Assert.Equal("cache.internal:6380,ssl=true", scope.Options.RedisConnectionString);
        Assert.Equal("modelstrategy:", scope.Options.RedisKeyPrefix);
    }

    [Fact]
    public void RedisServer_NotInstalled_FailsSayingHowToInstallIt()
    {
        // Act
        var error = Assert.Throws<InvalidOperationException>(() => RedisServer.FindExecutable("/nonexistent-bin"));

        // Assert
        Assert.Contains("apt-get install -y redis-server", error.Message, StringComparison.Ordinal);
    }
}
