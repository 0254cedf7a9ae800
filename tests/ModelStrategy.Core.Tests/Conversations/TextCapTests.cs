using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Core.Tests.Conversations;

/// <summary>Free text from any channel is cut to the API's limit in Core, so a huge message costs what a long one does.</summary>
public sealed class TextCapTests
{
    private static readonly string Huge = "quick: launch in 6 weeks, budget 40k. " + new string('x', 200_000);

    [Fact]
    public async Task HandleAsync_HugeQuickMessage_StoresAndRemembersAtMostTheLimit()
    {
        // Arrange
        var driver = new DialogDriver();

        // Act
        await driver.SayAsync(Huge);

        // Assert
        var stored = Assert.Single(driver.Recommendations.Saved.Values);
        Assert.NotNull(stored.Text);
        Assert.True(stored.Text.Length <= FreeText.MaxLength, $"stored text is {stored.Text.Length} characters");
        Assert.Equal(40_000, stored.Constraints.BudgetUsd);
        var row = await driver.Store.GetAsync(driver.Key.Value, CancellationToken.None);
        Assert.True(row!.Payload.Length < 3 * FreeText.MaxLength, $"conversation row is {row.Payload.Length} bytes");
    }

    [Fact]
    public void TextMessageInput_HugeText_IsCutWithoutSplittingASurrogatePair()
    {
        // Arrange: an emoji (two UTF-16 code units) straddling the limit.
        var text = new string('a', FreeText.MaxLength - 1) + "😀" + "tail";

        // Act
        var input = new TextMessageInput { Key = ConversationKey.Personal("teams", "t", "u"), Actor = DialogDriver.Ana, DeliveryId = "d", MessageId = "m", Text = text };

        // Assert
        Assert.Equal(FreeText.MaxLength - 1, input.Text.Length);
        Assert.False(char.IsHighSurrogate(input.Text[^1]));
    }

    [Fact]
    public void CardActionInput_HugeFormValue_IsCut()
    {
        // Act
        var input = new DialogDriver().Click("quick", new Dictionary<string, string> { ["text"] = Huge, ["budgetUsd"] = "40000" }, context: null);

        // Assert
        Assert.Equal(FreeText.MaxLength, input.Values["text"].Length);
        Assert.Equal("40000", input.Values["budgetUsd"]);
    }

    [Fact]
    public void Actor_HugeDisplayName_IsCut()
    {
        // Act
        var actor = new Actor("u", new string('n', 100_000));

        // Assert
        Assert.Equal(FreeText.MaxNameLength, actor.Name.Length);
    }

    [Fact]
    public void RecommendFromText_HugeText_KeepsAtMostTheLimit()
    {
        // Act
        var recommendation = TestServices.Service.RecommendFromText(Huge);

        // Assert
        Assert.Equal(FreeText.MaxLength, recommendation.Text!.Length);
    }
}
