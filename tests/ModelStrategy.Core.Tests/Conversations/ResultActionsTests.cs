using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Core.Tests.Conversations;

public sealed class ResultActionsTests
{
    [Fact]
    public async Task HandleAsync_TypedAdjust_RecomputesWithTheChangedAnswer()
    {
        // Arrange
        var driver = new DialogDriver();
        await driver.SayAsync("quick our support bot needs our docs, budget 40k, launch in 6 weeks");
        var before = driver.Result;

        // Act
        await driver.SayAsync("adjust budget 5M", DialogDriver.Ben);

        // Assert
        var after = driver.Result;
        var expected = TestServices.Recommend(driver.Dialog.Known);
        Assert.Equal(5_000_000, driver.Dialog.Known.BudgetUsd);
        Assert.Equal(6, driver.Dialog.Known.DeadlineWeeks);
        Assert.NotEqual(before.RecommendationId, after.RecommendationId);
        Assert.Equal((expected.Path, expected.Cost.P50), (after.Path, after.Cost.P50));
        Assert.Contains("budget to $5M", after.Notice, StringComparison.Ordinal);
        Assert.Contains("Ben", after.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_AdjustByButtons_AsksThatOneAnswerThenRecomputes()
    {
        // Arrange
        var driver = new DialogDriver();
        await driver.SayAsync("quick launch in 6 weeks");

        // Act
        await driver.ClickAsync(CardActionNames.Adjust);
        var picker = driver.Question;
        await driver.ClickAsync(CardActionNames.Adjust, new Dictionary<string, string> { [CardActionNames.FieldKey] = ConstraintFields.LabeledExamples });
        var question = driver.Question;
        await driver.AnswerAsync(ConstraintFields.LabeledExamples, "10000");

        // Assert
        Assert.Equal(CardActionNames.Adjust, picker.ChoiceAction);
        Assert.Equal(ConstraintFields.LabeledExamples, Assert.Single(question.Inputs).Field);
        Assert.Null(question.Progress);
        Assert.Equal(10_000, driver.Dialog.Known.LabeledExamples);
        Assert.Equal(TestServices.Recommend(driver.Dialog.Known).Path, driver.Result.Path);
    }

    [Fact]
    public async Task HandleAsync_BackWhileAdjusting_ShowsTheSameResultAgain()
    {
        // Arrange
        var driver = new DialogDriver();
        await driver.SayAsync("quick launch in 6 weeks");
        var result = driver.Result;
        await driver.SayAsync("adjust deadline");

        // Act
        await driver.ClickAsync(CardActionNames.Back);

        // Assert
        Assert.Equal(result.RecommendationId, driver.Result.RecommendationId);
        Assert.Single(driver.Recommendations.Saved);
    }

    [Fact]
    public async Task HandleAsync_CompareAssumptionsShare_ShowTheLastResult()
    {
        // Arrange
        var driver = new DialogDriver();
        await driver.SayAsync("quick 300 labeled tickets, customer PII");
        var id = driver.Result.RecommendationId;

        // Act
        var compare = await driver.SayAsync("compare");
        var assumptions = await driver.SayAsync("assumptions");
        var share = await driver.ClickAsync(CardActionNames.Share, new Dictionary<string, string> { [CardActionNames.RecommendationKey] = id });

        // Assert
        var comparison = Assert.IsType<ComparisonCard>(Assert.Single(compare.Cards));
        Assert.Equal(7, comparison.Scores.Count);
        Assert.Single(comparison.Scores, s => s.Chosen);
        Assert.Equal(id, Assert.IsType<AssumptionsCard>(Assert.Single(assumptions.Cards)).RecommendationId);
        var shared = Assert.IsType<CompactRecommendationCard>(Assert.Single(share.Cards));
        Assert.Equal((id, "/r/" + id), (shared.RecommendationId, shared.ReportPath));
        Assert.Equal(driver.Result.PathName, shared.PathName);
        Assert.Equal(driver.Result.Scores, shared.Details.Scores);
        Assert.Empty(shared.Actions);
        Assert.Equal(ReplyDelivery.NewMessage, share.Delivery);
    }

    [Fact]
    public async Task HandleAsync_History_KeepsTheNewestUpToTheConfiguredSize()
    {
        // Arrange
        var driver = new DialogDriver(options: new() { HistorySize = 2 });
        await driver.SayAsync("quick budget 10k");
        await driver.SayAsync("quick budget 20k");
        await driver.SayAsync("quick budget 30k");

        // Act
        var reply = await driver.SayAsync("history");

        // Assert
        var history = Assert.IsType<HistoryCard>(Assert.Single(reply.Cards));
        Assert.Equal(2, history.Items.Count);
        Assert.Equal(driver.Result.RecommendationId, history.Items[0].RecommendationId);
        Assert.All(history.Items, i => Assert.Equal("Ana", i.ByName));
    }

    [Fact]
    public async Task HandleAsync_Help_ListsTheCommands()
    {
        // Arrange
        var driver = new DialogDriver();

        // Act
        var reply = await driver.SayAsync("help");

        // Assert
        var help = Assert.IsType<TextCard>(Assert.Single(reply.Cards));
        Assert.Equal(TextKind.Help, help.Kind);
        Assert.All(new[] { "start", "quick", "adjust", "history", "cancel", "compare", "share" }, c => Assert.Contains(c, help.Text, StringComparison.Ordinal));
    }
}
