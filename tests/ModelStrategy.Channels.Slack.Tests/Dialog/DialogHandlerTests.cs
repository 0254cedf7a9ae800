using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Events;
using ModelStrategy.Channels.Slack.Interactions;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Tests.Blocks;
using ModelStrategy.Channels.Slack.Tests.TestSupport;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Channels.Slack.Tests.Dialog;

public sealed class DialogHandlerTests
{
    private static readonly ConversationKey Key = ConversationKey.Thread("slack", "T1", "C1", "100.1");
    private static readonly SlackPlace Place = new("C1", "100.1");
    private readonly Mock<IConversationEngine> _engine = new();
    private readonly Mock<ISlackApiClient> _api = new();
    private readonly InMemoryInbox _inbox = new();

    [Fact]
    public async Task Action_UpdateInPlace_ReplacesTheClickedMessageAndPostsTheRestInTheThread()
    {
        Reply(new ConversationReply([SampleCards.Question(), TextCard.Of("Noted.")], ReplyDelivery.UpdateInPlace, "dlg-1"));

        await ActionHandler().HandleAsync(new DialogActionWork(ActionInput(), Place, "200.2"), CancellationToken.None);

        _api.Verify(a => a.UpdateMessageAsync("C1", "200.2", It.Is<SlackMessageContent>(c => c.Text.Length > 0 && c.Blocks.Count > 0), It.IsAny<CancellationToken>()), Times.Once);
        _api.Verify(a => a.PostMessageAsync(Place, It.Is<SlackMessageContent>(c => c.Text.Contains("Noted.", StringComparison.Ordinal)), It.IsAny<CancellationToken>()), Times.Once);
        _api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Action_UpdateRefused_PostsTheCardInsteadSoNothingIsLost()
    {
        Reply(new ConversationReply([SampleCards.Question()], ReplyDelivery.UpdateInPlace, "dlg-1"));
        _api.Setup(a => a.UpdateMessageAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<SlackMessageContent>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SlackApiException(SlackMethods.Update, "message_not_found"));

        await ActionHandler().HandleAsync(new DialogActionWork(ActionInput(), Place, "200.2"), CancellationToken.None);

        _api.Verify(a => a.PostMessageAsync(Place, It.IsAny<SlackMessageContent>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Action_NewMessage_PostsWithoutTouchingTheClickedCard()
    {
        Reply(new ConversationReply([TextCard.Of("Here are the assumptions.")], ReplyDelivery.NewMessage, "dlg-1"));

        await ActionHandler().HandleAsync(new DialogActionWork(ActionInput(), Place, "200.2"), CancellationToken.None);

        _api.Verify(a => a.PostMessageAsync(Place, It.IsAny<SlackMessageContent>(), It.IsAny<CancellationToken>()), Times.Once);
        _api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Action_DuplicateDelivery_SendsNothing()
    {
        Reply(new ConversationReply([TextCard.Of("Got that already")], ReplyDelivery.NewMessage, "dlg-1", Duplicate: true));

        await ActionHandler().HandleAsync(new DialogActionWork(ActionInput(), Place, "200.2"), CancellationToken.None);

        _api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Message_PostsEveryCardInOrderWhereItWasAsked()
    {
        var posted = new List<string>();
        _api.Setup(a => a.PostMessageAsync(Place, It.IsAny<SlackMessageContent>(), It.IsAny<CancellationToken>()))
            .Callback<SlackPlace, SlackMessageContent, CancellationToken>((_, c, _) => posted.Add(c.Text)).ReturnsAsync("1.1");
        Reply(new ConversationReply([TextCard.Of("first"), TextCard.Of("second")], ReplyDelivery.NewMessage, null));

        await MessageHandler().HandleAsync(new DialogMessageWork(TextInput(), Place), CancellationToken.None);

        Assert.Equal(2, posted.Count);
        Assert.Contains("first", posted[0], StringComparison.Ordinal);
        Assert.Contains("second", posted[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_DuplicateDelivery_SendsNothing()
    {
        Reply(new ConversationReply([TextCard.Of("Got that already")], ReplyDelivery.NewMessage, null, Duplicate: true));

        await MessageHandler().HandleAsync(new DialogMessageWork(TextInput(), Place), CancellationToken.None);

        _api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Message_InboxItemWhosePostFails_CheckpointsTheRenderedReplyAndWhatWasPosted()
    {
        await _inbox.TryAddAsync("slack:event:Ev1", "events", "{}", "this-instance", DateTimeOffset.UnixEpoch, CancellationToken.None);
        var posts = 0;
        _api.Setup(a => a.PostMessageAsync(Place, It.IsAny<SlackMessageContent>(), It.IsAny<CancellationToken>()))
            .Returns(() => ++posts == 1 ? Task.FromResult("1.1") : throw new HttpRequestException("connection reset"));
        Reply(new ConversationReply([TextCard.Of("first"), TextCard.Of("second")], ReplyDelivery.NewMessage, null));

        await MessageHandler().HandleAsync(new DialogMessageWork(TextInput(), Place) { InboxKey = "slack:event:Ev1" }, CancellationToken.None);

        var progress = ReplyProgress.Parse(Assert.Single(_inbox.Items).Progress);
        Assert.NotNull(progress);
        Assert.Equal(1, progress.Sent);
        Assert.Equal(2, progress.Messages.Count);
        Assert.Contains("second", progress.Messages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_RunAgainWithACheckpoint_PostsOnlyWhatWasNotPostedAndNeverAsksTheEngine()
    {
        var renderer = Renderers.Create();
        var checkpoint = new ReplyProgress([renderer.Render(TextCard.Of("first")), renderer.Render(TextCard.Of("second"))], 1);
        var posted = new List<string>();
        _api.Setup(a => a.PostMessageAsync(Place, It.IsAny<SlackMessageContent>(), It.IsAny<CancellationToken>()))
            .Callback<SlackPlace, SlackMessageContent, CancellationToken>((_, c, _) => posted.Add(c.Text)).ReturnsAsync("1.2");
        await _inbox.TryAddAsync("slack:event:Ev1", "events", "{}", "this-instance", DateTimeOffset.UnixEpoch, CancellationToken.None);

        var work = new DialogMessageWork(TextInput(), Place) { InboxKey = "slack:event:Ev1", Attempts = 2, Progress = checkpoint.ToJson() };
        await MessageHandler().HandleAsync(work, CancellationToken.None);
        var finished = ReplyProgress.Parse(Assert.Single(_inbox.Items).Progress);
        await MessageHandler().HandleAsync(work with { Progress = finished!.ToJson() }, CancellationToken.None);

        Assert.Contains("second", Assert.Single(posted), StringComparison.Ordinal);
        Assert.Equal(2, finished.Sent);
        _engine.VerifyNoOtherCalls();
    }

    [Fact]
    public void ReplyProgress_RoundTripsAndRejectsWhatIsNotACheckpoint()
    {
        var content = Renderers.Create().Render(SampleCards.Question());
        var json = new ReplyProgress([content], 0).ToJson();

        var read = ReplyProgress.Parse(json);

        Assert.NotNull(read);
        Assert.Equal(content.Text, Assert.Single(read.Messages).Text);
        Assert.Equal(content.Blocks.ToJsonString(), read.Messages[0].Blocks.ToJsonString());
        Assert.Null(ReplyProgress.Parse("{\"messages\":[{\"text\":\"x\"}],\"sent\":0}"));
        Assert.Null(ReplyProgress.Parse("not json"));
        Assert.Null(ReplyProgress.Parse(null));
    }

    private DialogMessageHandler MessageHandler() => new(_engine.Object, Sender(), _inbox);

    private void Reply(ConversationReply reply) =>
        _engine.Setup(e => e.HandleAsync(It.IsAny<ConversationInput>(), It.IsAny<CancellationToken>())).ReturnsAsync(reply);

    private DialogActionHandler ActionHandler() => new(_engine.Object, Sender());

    private SlackReplySender Sender() => new(_api.Object, Renderers.Create(), NullLogger<SlackReplySender>.Instance);

    private static CardActionInput ActionInput() => new()
    {
        Key = Key, Actor = new Actor("U1", "ana"), DeliveryId = "trigger-1", Action = CardActionNames.Skip, Context = SampleCards.Context,
    };

    private static TextMessageInput TextInput() => new()
    {
        Key = Key, Actor = new Actor("U1", "U1"), DeliveryId = "Ev1", MessageId = "100.2", Text = "start",
    };
}
