using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Tests.Conversations;

public sealed class TypedAnswerTests
{
    [Theory]
    [InlineData("data", "about 2k examples", ConstraintFields.LabeledExamples, "2000")]
    [InlineData("data", "2000", ConstraintFields.LabeledExamples, "2000")]
    [InlineData("budget", "$50k", ConstraintFields.BudgetUsd, "50000")]
    [InlineData("budget", "80k", ConstraintFields.BudgetUsd, "80000")]
    [InlineData("deadline", "6 weeks", ConstraintFields.DeadlineWeeks, "6")]
    [InlineData("latency", "under 200 ms", ConstraintFields.LatencyP95Ms, "200")]
    [InlineData("sensitivity", "confidential", ConstraintFields.DataSensitivity, "confidential")]
    public async Task HandleAsync_TypedAnswerOnItsStep_IsReadWithTheTriageParser(string step, string typed, string field, string expected)
    {
        // Arrange
        var driver = await AtStepAsync(step);

        // Act
        await driver.SayAsync(typed, DialogDriver.Ben);

        // Assert
        var answer = driver.Dialog.Answers[^1];
        Assert.NotEqual(step, driver.Dialog.StepId);
        Assert.Equal((step, field, expected, "Ben"), (answer.StepId, answer.Field, answer.Value, answer.ActorName));
    }

    [Theory]
    [InlineData("deadline", "whenever the stars align")]
    [InlineData("budget", "???")]
    public async Task HandleAsync_UnreadableTypedAnswer_ReasksTheSameStepWithAnExample(string step, string typed)
    {
        // Arrange
        var driver = await AtStepAsync(step);
        var before = driver.Question;

        // Act
        var reply = await driver.SayAsync(typed);

        // Assert
        var again = Assert.IsType<QuestionCard>(Assert.Single(reply.Cards));
        Assert.Equal(before.Context, again.Context);
        Assert.Contains("I couldn't read", again.Notice, StringComparison.Ordinal);
        Assert.Contains("e.g.", again.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_InvalidButtonValue_ReasksWithoutAdvancing()
    {
        // Arrange
        var driver = await AtStepAsync("budget");
        var before = driver.Question;

        // Act
        await driver.AnswerAsync(ConstraintFields.BudgetUsd, "-5");

        // Assert
        Assert.Equal(before.Context, driver.Question.Context);
        Assert.NotNull(driver.Question.Notice);
    }

    [Fact]
    public async Task HandleAsync_AnswerWordThatLooksLikeACommand_IsTakenAsAnAnswer()
    {
        // Arrange
        var driver = await AtStepAsync("task");

        // Act
        await driver.SayAsync("back office ticket classification");

        // Assert
        Assert.Contains("taskType classification", driver.Question.LastAnswer, StringComparison.Ordinal);
    }

    internal static async Task<DialogDriver> AtStepAsync(string step)
    {
        var driver = new DialogDriver();
        await driver.SayAsync("start");
        await driver.AnswerAsync(ConstraintFields.Need, "both");
        for (var i = 0; i < 12 && driver.Live is QuestionCard question && question.Context.StepId != step; i++)
        {
            await driver.AnswerFirstChoicesAsync();
        }

        Assert.Equal(step, driver.Question.Context.StepId);
        return driver;
    }
}
