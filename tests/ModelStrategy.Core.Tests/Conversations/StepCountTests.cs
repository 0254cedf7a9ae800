using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Tests.Conversations;

public sealed class StepCountTests
{
    public static TheoryData<string, bool> Needs()
    {
        var data = new TheoryData<string, bool>();
        foreach (var need in WireName.All<Need>())
        {
            data.Add(need, true);
            data.Add(need, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Needs))]
    public async Task HandleAsync_AnyNeedWithFirstOrLastChoices_ReachesAResultWithinEightStepsOnASteadyCount(string need, bool firstChoices)
    {
        // Arrange
        var driver = new DialogDriver();
        await driver.SayAsync("start");
        await driver.AnswerAsync(ConstraintFields.Need, need);
        var steps = 1;

        // Act
        while (driver.Live is QuestionCard question)
        {
            steps++;
            Assert.Equal(steps, question.Progress!.Current);
            Assert.InRange(question.Progress.Total, steps, 8);
            await driver.ClickAsync(CardActionNames.Answer, question.Inputs.ToDictionary(i => i.Field, i => (firstChoices ? i.Choices[0] : i.Choices[^1]).Value));
        }

        // Assert
        Assert.InRange(steps, 1, 8);
        Assert.Equal(TestServices.Recommend(driver.Dialog.Known).Path, driver.Result.Path);
    }
}
