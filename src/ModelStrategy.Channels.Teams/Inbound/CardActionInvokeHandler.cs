using System.Text.Json.Nodes;
using ModelStrategy.Channels.Teams.Outbound;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>
/// Action.Execute (<c>adaptiveCard/action</c>): the next card goes back in the HTTP response so the card updates in
/// place; any further cards are posted.
/// </summary>
internal sealed class CardActionInvokeHandler(IConversationEngine engine, ReplySender sender) : IInvokeHandler
{
    public async Task<InboundResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (CardActionReader.FromInvoke(activity) is not { } data)
        {
            return InboundResult.Invoke("application/vnd.microsoft.error",
                new JsonObject { ["code"] = "BadRequest", ["message"] = "Missing action verb" }, statusCode: 400);
        }

        var reply = await engine.HandleAsync(ActivityMapper.CardAction(activity, data), cancellationToken);
        if (reply.Duplicate)
        {
            return Message(reply.Cards);
        }

        if (reply.Delivery == ReplyDelivery.UpdateInPlace && reply.Cards.Count > 0)
        {
            await sender.SendAsync(activity, reply.Cards.Skip(1), replyToInbound: false, cancellationToken);
            return InboundResult.Invoke(ActivityTypes.AdaptiveCardContentType, sender.Render(reply.Cards[0]));
        }

        await sender.SendAsync(activity, reply.Cards, replyToInbound: false, cancellationToken);
        return InboundResult.Invoke(ActivityTypes.MessageContentType, "Done.");
    }

    private static InboundResult Message(IReadOnlyList<Card> cards) =>
        InboundResult.Invoke(ActivityTypes.MessageContentType, cards.OfType<TextCard>().FirstOrDefault()?.Text ?? "Done.");
}
