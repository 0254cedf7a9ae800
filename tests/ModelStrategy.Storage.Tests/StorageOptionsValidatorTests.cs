namespace ModelStrategy.Storage.Tests;

public sealed class StorageOptionsValidatorTests
{
    private readonly StorageOptionsValidator _validator = new();

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("sqlite")]
    public void Validate_SqliteWithPath_Succeeds(string provider)
    {
        // Act
        var result = _validator.Validate(null, new StorageOptions { Provider = provider });

        // Assert
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_Defaults_AreSqliteAndTheDocumentedFile()
    {
        // Arrange
        var options = new StorageOptions();

        // Act
        var result = _validator.Validate(null, options);

        // Assert
        Assert.True(result.Succeeded);
        Assert.Equal("Sqlite", options.Provider);
        Assert.Equal("data/modelstrategy.db", options.SqlitePath);
    }

    [Theory]
    [InlineData("Postgres", "not supported; allowed: Sqlite, Redis")]
    [InlineData("", "not supported; allowed: Sqlite, Redis")]
    public void Validate_OtherProvider_FailsNamingTheSetting(string provider, string expected)
    {
        // Act
        var result = _validator.Validate(null, new StorageOptions { Provider = provider });

        // Assert
        Assert.True(result.Failed);
        Assert.Contains("Storage:Provider", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptySqlitePath_Fails()
    {
        // Act
        var result = _validator.Validate(null, new StorageOptions { SqlitePath = " " });

        // Assert
        Assert.True(result.Failed);
        Assert.Contains("Storage:SqlitePath", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sqlite", "00:00:00", false)]
    [InlineData("Sqlite", "-1.00:00:00", false)]
    [InlineData("Sqlite", "3651.00:00:00", false)]
    [InlineData("Sqlite", "00:00:01", true)]
    [InlineData("Sqlite", "3650.00:00:00", true)]
    [InlineData("Redis", "00:00:00", false)]
    [InlineData("Redis", "90.00:00:00", true)]
    public void Validate_RecommendationRetention_PositiveAndAtMostTenYearsForEveryProvider(string provider, string retention, bool valid)
    {
        // Arrange
        var options = new StorageOptions
        {
            Provider = provider, RedisConnectionString = "localhost:6379",
            RecommendationRetention = TimeSpan.Parse(retention, System.Globalization.CultureInfo.InvariantCulture),
        };

        // Act
        var result = _validator.Validate(null, options);

        // Assert
        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("Storage:RecommendationRetention", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_Defaults_KeepRecommendationsNinetyDays() =>
        Assert.Equal(TimeSpan.FromDays(90), new StorageOptions().RecommendationRetention);
}
