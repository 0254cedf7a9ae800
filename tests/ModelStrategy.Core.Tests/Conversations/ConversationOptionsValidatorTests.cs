using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Core.Tests.Conversations;

public sealed class ConversationOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        // Act
        var result = new ConversationOptionsValidator().Validate(null, new ConversationOptions());

        // Assert
        Assert.True(result.Succeeded);
        Assert.Equal((TimeSpan.FromDays(7), 10), (new ConversationOptions().IdleExpiry, new ConversationOptions().HistorySize));
    }

    [Fact]
    public void Validate_ZeroIdleExpiryAndHugeHistory_FailNamingBoth()
    {
        // Arrange
        var options = new ConversationOptions { IdleExpiry = TimeSpan.Zero, HistorySize = 1_000 };

        // Act
        var result = new ConversationOptionsValidator().Validate(null, options);

        // Assert
        Assert.True(result.Failed);
        Assert.Contains("IdleExpiry", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("HistorySize", result.FailureMessage, StringComparison.Ordinal);
    }
}
