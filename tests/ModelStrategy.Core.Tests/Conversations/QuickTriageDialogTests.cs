using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Core.Tests.Conversations;

public sealed class QuickTriageDialogTests
{
    private const string Meeting = "launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k";

    [Fact]
    public async Task HandleAsync_Quick_AnswersAtOnceLikeTheService()
    {
        // Arrange
        var driver = new DialogDriver();
        var expected = TestServices.Service.RecommendFromText(Meeting);

        // Act
        var reply = await driver.SayAsync("quick: " + Meeting);

        // Assert
        var card = Assert.IsType<RecommendationCard>(Assert.Single(reply.Cards));
        Assert.Equal(expected.Path, card.Path);
        Assert.Equal((expected.Cost.P10, expected.Cost.P50, expected.Cost.P90), (card.Cost.P10, card.Cost.P50, card.Cost.P90));
        Assert.NotEmpty(card.Understood);
        Assert.Contains(card.Assumptions, a => a.Defaulted);
        Assert.Equal(CardActionNames.Refine, card.Actions[0].Name);
        Assert.Equal(ReplyDelivery.NewMessage, reply.Delivery);
    }

    [Fact]
    public async Task HandleAsync_RefineAfterQuick_AsksOnlyWhatWasNotSaid()
    {
        // Arrange
        var driver = new DialogDriver();
        await driver.SayAsync("quick " + Meeting);
        var asked = new List<QuestionCard>();

        // Act
        var refined = await driver.ClickAsync(CardActionNames.Refine);
        while (driver.Live is QuestionCard question)
        {
            asked.Add(question);
            await driver.AnswerFirstChoicesAsync();
        }

        // Assert
        Assert.Equal(ReplyDelivery.UpdateInPlace, refined.Delivery);
        Assert.NotEmpty(asked);
        Assert.DoesNotContain(asked, q => q.Context.StepId is "deadline" or "budget" or "sensitivity");
        var known = driver.Dialog.Known;
        Assert.Equal((6.0, 40_000.0, DataSensitivity.Confidential), (known.DeadlineWeeks, known.BudgetUsd, known.DataSensitivity));
        Assert.Equal(TestServices.Recommend(known).Path, driver.Result.Path);
    }

    [Fact]
    public async Task HandleAsync_QuickWithoutText_ReturnsAnErrorWithAnExample()
    {
        // Arrange
        var driver = new DialogDriver();

        // Act
        var reply = await driver.SayAsync("quick");

        // Assert
        var error = Assert.IsType<ErrorCard>(Assert.Single(reply.Cards));
        Assert.StartsWith("quick:", error.Example, StringComparison.Ordinal);
    }
}
