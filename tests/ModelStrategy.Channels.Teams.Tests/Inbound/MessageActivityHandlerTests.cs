using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ModelStrategy.Channels.Teams.Inbound;
using ModelStrategy.Channels.Teams.Outbound;
using ModelStrategy.Channels.Teams.Tests.TestSupport;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Channels.Teams.Tests.Inbound;

public sealed class MessageActivityHandlerTests
{
    private readonly Mock<IConversationEngine> _engine = new();
    private readonly Mock<IConnectorClient> _connector = new();
    private readonly Mock<IAdaptiveCardRenderer> _renderer = new();

    public MessageActivityHandlerTests() =>
        _renderer.Setup(r => r.Render(It.IsAny<Card>())).Returns(() => new JsonObject { ["type"] = "AdaptiveCard" });

    [Fact]
    public async Task HandleAsync_SubmitWithUpdateInPlace_UpdatesClickedCard()
    {
        Reply(ReplyDelivery.UpdateInPlace, TextCard.Of("next"));

        var result = await Handler().HandleAsync(Activities.Parse(Activities.Submit), CancellationToken.None);

        Assert.Equal(200, result.Status);
        _connector.Verify(c => c.UpdateAsync(It.IsAny<string>(), "19:grp@thread.v2", "card-msg-2", It.IsAny<Activity>(), It.IsAny<CancellationToken>()), Times.Once);
        _connector.Verify(c => c.SendAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task HandleAsync_SubmitAndUpdateRefused_SendsNewMessage()
    {
        Reply(ReplyDelivery.UpdateInPlace, TextCard.Of("next"));
        _connector.Setup(c => c.UpdateAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConnectorException(HttpStatusCode.NotFound, "update"));

        await Handler().HandleAsync(Activities.Parse(Activities.Submit), CancellationToken.None);

        _connector.Verify(c => c.SendAsync(It.IsAny<string>(), "19:grp@thread.v2", It.IsAny<Activity>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_DuplicateDelivery_SendsNothing()
    {
        _engine.Setup(e => e.HandleAsync(It.IsAny<ConversationInput>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ConversationReply([TextCard.Of("again")], ReplyDelivery.NewMessage, null, Duplicate: true));

        await Handler().HandleAsync(Activities.Parse(Activities.PersonalMessage), CancellationToken.None);

        _connector.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_ChannelMention_PassesStrippedTextAndRepliesInThread()
    {
        Reply(ReplyDelivery.NewMessage, TextCard.Of("result"));

        await Handler().HandleAsync(Activities.Parse(Activities.ChannelMention), CancellationToken.None);

        _engine.Verify(e => e.HandleAsync(It.Is<TextMessageInput>(t => t.Text == "quick: budget 10k & Tom is here"), It.IsAny<CancellationToken>()));
        _connector.Verify(c => c.ReplyAsync("https://smba.trafficmanager.net/amer/", "19:abc@thread.tacv2;messageid=1500", "1501",
            It.Is<Activity>(a => a.Attachments![0].ContentType == "application/vnd.microsoft.card.adaptive"), It.IsAny<CancellationToken>()));
    }

    private void Reply(ReplyDelivery delivery, params Card[] cards) =>
        _engine.Setup(e => e.HandleAsync(It.IsAny<ConversationInput>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ConversationReply(cards, delivery, "d-2"));

    private MessageActivityHandler Handler() =>
        new(_engine.Object, new ReplySender(_connector.Object, _renderer.Object, NullLogger<ReplySender>.Instance));
}
