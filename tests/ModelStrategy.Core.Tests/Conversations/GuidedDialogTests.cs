using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Conversations.Flow;

namespace ModelStrategy.Core.Tests.Conversations;

public sealed class GuidedDialogTests
{
    [Fact]
    public async Task HandleAsync_StartAndFirstChoiceEverywhere_EndsWithTheServicesRecommendation()
    {
        // Arrange
        var driver = new DialogDriver();
        var given = new ProjectConstraints();
        var steps = 0;

        // Act
        await driver.SayAsync("start");
        while (driver.Live is QuestionCard question)
        {
            steps++;
            Assert.Equal(new StepProgress(steps, question.Progress!.Total), question.Progress);
            given = question.Inputs.Aggregate(given, (c, i) => FieldValues.Set(c, i.Field, i.Choices[0].Value)!);
            await driver.AnswerFirstChoicesAsync();
        }

        // Assert
        var result = driver.Result;
        var expected = TestServices.Recommend(given);
        Assert.InRange(steps, 3, 8);
        Assert.Equal(expected.Path, result.Path);
        Assert.Equal((expected.Cost.P10, expected.Cost.P50, expected.Cost.P90), (result.Cost.P10, result.Cost.P50, result.Cost.P90));
        Assert.Equal(expected.TimelineWeeks.P50, result.Timeline.P50);
        Assert.True(driver.Recommendations.Saved.ContainsKey(result.RecommendationId));
    }

    [Theory]
    [InlineData("behavior", false)]
    [InlineData("general", false)]
    [InlineData("knowledge", true)]
    [InlineData("both", true)]
    public async Task HandleAsync_NeedAnswered_AsksFreshnessOnlyWhenTheNeedIsAboutKnowledge(string need, bool asksFreshness)
    {
        // Arrange
        var driver = new DialogDriver();
        await driver.SayAsync("start");
        await driver.AnswerAsync(ConstraintFields.Need, need);
        var asked = new List<string>();

        // Act
        while (driver.Live is QuestionCard question)
        {
            asked.Add(question.Context.StepId);
            await driver.ClickAsync(CardActionNames.Skip);
        }

        // Assert
        Assert.Equal(asksFreshness, asked.Contains("freshness"));
        Assert.True(asked.Count <= 7, string.Join(", ", asked));
    }

    [Fact]
    public async Task HandleAsync_SovereignData_AsksControlAndGovernance()
    {
        // Arrange
        var driver = new DialogDriver();
        await driver.SayAsync("start");
        await driver.AnswerAsync(ConstraintFields.Need, "domain-language");

        // Act
        while (driver.Live is QuestionCard { Context.StepId: not "sensitivity" and not "control" })
        {
            await driver.ClickAsync(CardActionNames.Skip);
        }

        await driver.AnswerAsync(ConstraintFields.DataSensitivity, "sovereign");
        var after = new List<QuestionCard>();
        while (driver.Live is QuestionCard question)
        {
            after.Add(question);
            await driver.ClickAsync(CardActionNames.Skip);
        }

        // Assert
        var control = Assert.Single(after, q => q.Context.StepId == "control");
        Assert.Equal([ConstraintFields.Control, ConstraintFields.Governance], control.Inputs.Select(i => i.Field));
    }

    [Fact]
    public async Task HandleAsync_BackThenSkip_ReturnsToThePreviousQuestionAndUsesTypical()
    {
        // Arrange
        var driver = new DialogDriver();
        await driver.SayAsync("start");
        await driver.AnswerAsync(ConstraintFields.Need, "behavior");
        var second = driver.Question.Context.StepId;

        // Act
        await driver.ClickAsync(CardActionNames.Back);
        var afterBack = driver.Question;
        await driver.ClickAsync(CardActionNames.Skip);

        // Assert
        Assert.Equal("need", afterBack.Context.StepId);
        Assert.Equal(1, afterBack.Progress!.Current);
        Assert.DoesNotContain(afterBack.Actions, a => a.Name == CardActionNames.Back);
        Assert.Equal("freshness", driver.Question.Context.StepId);
        Assert.NotEqual(second, driver.Question.Context.StepId);
        Assert.Contains("need skipped", driver.Question.LastAnswer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_BackOnFirstQuestion_StaysWithANote()
    {
        // Arrange
        var driver = new DialogDriver();
        await driver.SayAsync("start");

        // Act
        await driver.SayAsync("back");

        // Assert
        Assert.Equal("need", driver.Question.Context.StepId);
        Assert.Equal("This is the first question.", driver.Question.Notice);
    }

    [Fact]
    public async Task HandleAsync_Restart_BeginsANewDialogAtStepOne()
    {
        // Arrange
        var driver = new DialogDriver();
        await driver.SayAsync("start");
        await driver.AnswerAsync(ConstraintFields.Need, "behavior");
        var first = driver.Question.Context.DialogId;

        // Act
        await driver.SayAsync("restart");

        // Assert
        Assert.NotEqual(first, driver.Question.Context.DialogId);
        Assert.Equal("need", driver.Question.Context.StepId);
        Assert.Null(driver.Question.Inputs[0].Current);
    }

    [Fact]
    public async Task HandleAsync_CancelThenClickOldCard_SaysTheDialogEndedAndChangesNothing()
    {
        // Arrange
        var driver = new DialogDriver();
        await driver.SayAsync("start");
        var oldCard = driver.Question;

        // Act
        var cancelled = await driver.ClickAsync(CardActionNames.Cancel);
        var stale = await driver.ClickAsync(CardActionNames.Answer, new Dictionary<string, string> { [ConstraintFields.Need] = "both" }, oldCard.Context);
        var again = await driver.SayAsync("back");

        // Assert
        Assert.StartsWith("Cancelled.", Assert.IsType<TextCard>(Assert.Single(cancelled.Cards)).Text, StringComparison.Ordinal);
        Assert.Contains("earlier dialog", DialogDriver.NoticeOf(stale), StringComparison.Ordinal);
        Assert.Contains("nothing to go back to", DialogDriver.NoticeOf(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_OpeningMessageWithFacts_PrefillsAndSkipsThoseQuestions()
    {
        // Arrange
        var driver = new DialogDriver();
        var asked = new List<string>();

        // Act
        await driver.SayAsync("we need support answers from our docs, launch in 6 weeks, budget 40k");
        var first = driver.Question;
        while (driver.Live is QuestionCard question)
        {
            asked.Add(question.Context.StepId);
            await driver.ClickAsync(CardActionNames.Skip);
        }

        // Assert
        Assert.Contains("understood", first.Notice, StringComparison.Ordinal);
        Assert.DoesNotContain("budget", asked);
        Assert.DoesNotContain("deadline", asked);
        Assert.Equal(6, driver.Recommendations.Saved.Values.Single().Constraints.DeadlineWeeks);
    }
}
