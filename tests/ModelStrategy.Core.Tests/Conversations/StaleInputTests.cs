using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Core.Tests.Conversations;

public sealed class StaleInputTests
{
    [Fact]
    public async Task HandleAsync_ClickOnAStepAlreadyAnswered_NotesWhoAnsweredAndDoesNotAdvance()
    {
        // Arrange
        var driver = new DialogDriver(ConversationKey.Thread("slack", "T1", "C1", "1700000000.0001"));
        await driver.SayAsync("start");
        var needCard = driver.Question;
        await driver.AnswerAsync(ConstraintFields.Need, "behavior", DialogDriver.Ana);
        var live = driver.Question;

        // Act
        var reply = await driver.ClickAsync(CardActionNames.Answer, new Dictionary<string, string> { [ConstraintFields.Need] = "both" }, needCard.Context, DialogDriver.Ben);

        // Assert
        Assert.Contains("Ana already answered", DialogDriver.NoticeOf(reply), StringComparison.Ordinal);
        Assert.Equal(live.Context, driver.Question.Context);
        Assert.Equal(Need.Behavior, driver.Dialog.Known.Need);
        Assert.Equal(live.Context.CardVersion, driver.Dialog.Turn);
    }

    [Fact]
    public async Task HandleAsync_SameDeliveryTwice_HasOneEffect()
    {
        // Arrange
        var driver = new DialogDriver();
        await driver.SayAsync("start");
        var click = driver.Click(CardActionNames.Answer, new Dictionary<string, string> { [ConstraintFields.Need] = "knowledge" }, driver.Question.Context, deliveryId: "evt-1");

        // Act
        var first = await driver.SendAsync(click);
        var turn = driver.Dialog.Turn;
        var second = await driver.SendAsync(click);

        // Assert
        Assert.False(first.Duplicate);
        Assert.True(second.Duplicate);
        Assert.Equal(turn, driver.Dialog.Turn);
        Assert.Single(driver.Dialog.Answers);
    }

    [Fact]
    public async Task HandleAsync_ThreadDialog_AnyoneAnswersAndEachAnswerRecordsWho()
    {
        // Arrange
        var driver = new DialogDriver(ConversationKey.Thread("teams", "tenant-1", "19:channel", "msg-1"));
        await driver.SayAsync("start", DialogDriver.Ana);

        // Act
        await driver.AnswerAsync(ConstraintFields.Need, "knowledge", DialogDriver.Ana);
        await driver.SayAsync("weekly", DialogDriver.Ben);

        // Assert
        Assert.Equal(["Ana", "Ben"], driver.Dialog.Answers.Select(a => a.ActorName));
        Assert.Equal("Ben answered: knowledgeChange weekly", driver.Question.LastAnswer);
    }

    [Fact]
    public async Task HandleAsync_ClickAfterIdleExpiry_SaysTheDialogExpiredAndKeepsHistory()
    {
        // Arrange
        var driver = new DialogDriver();
        await driver.SayAsync("quick budget 40k");
        await driver.SayAsync("start");
        var old = driver.Question;
        driver.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        // Act
        var reply = await driver.ClickAsync(CardActionNames.Answer, new Dictionary<string, string> { [ConstraintFields.Need] = "both" }, old.Context);
        var history = await driver.SayAsync("history");

        // Assert
        Assert.Contains("expired after 7 days", DialogDriver.NoticeOf(reply), StringComparison.Ordinal);
        Assert.Single(Assert.IsType<HistoryCard>(Assert.Single(history.Cards)).Items);
    }

    [Fact]
    public async Task HandleAsync_ClickJustBeforeIdleExpiry_StillAdvances()
    {
        // Arrange
        var driver = new DialogDriver();
        await driver.SayAsync("start");
        driver.Clock.Advance(TimeSpan.FromDays(6));

        // Act
        await driver.AnswerAsync(ConstraintFields.Need, "behavior");

        // Assert
        Assert.NotEqual("need", driver.Question.Context.StepId);
    }

    [Fact]
    public void ConversationKey_PersonalAndThread_AreDistinctAndStable()
    {
        // Arrange
        var personal = ConversationKey.Personal("slack", "T1", "U1");
        var thread = ConversationKey.Thread("slack", "T1", "C1", "171.1");

        // Act
        var again = ConversationKey.Thread("slack", "T1", "C1", "171.1");

        // Assert
        Assert.Equal(thread, again);
        Assert.NotEqual(personal.Value, thread.Value);
        Assert.Equal("slack|T1|thread|C1|171.1", thread.Value);
    }
}
