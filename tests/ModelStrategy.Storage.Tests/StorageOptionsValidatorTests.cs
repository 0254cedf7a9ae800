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
}
