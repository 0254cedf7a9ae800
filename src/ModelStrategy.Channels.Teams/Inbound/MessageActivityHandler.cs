using System.Text.Json.Nodes;
using ModelStrategy.Channels.Teams.Outbound;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>A typed message (mentions stripped) or an Action.Submit (a message with <c>value</c> and no text).</summary>
internal sealed class MessageActivityHandler(IConversationEngine engine, ReplySender sender) : IActivityHandler
{
    public async Task<InboundResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Value is JsonObject && string.IsNullOrWhiteSpace(activity.Text))
        {
            return await SubmitAsync(activity, cancellationToken);
        }

        var text = MentionStripper.Strip(activity);
        var reply = await engine.HandleAsync(ActivityMapper.Text(activity, text.Length == 0 ? "help" : text), cancellationToken);
        if (!reply.Duplicate)
        {
            await sender.SendAsync(activity, reply.Cards, replyToInbound: true, cancellationToken);
        }

        return InboundResult.Ok;
    }

    private async Task<InboundResult> SubmitAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (CardActionReader.FromSubmit(activity) is not { } data)
        {
            return InboundResult.Ok;
        }

        var reply = await engine.HandleAsync(ActivityMapper.CardAction(activity, data), cancellationToken);
        if (reply.Duplicate || reply.Cards.Count == 0)
        {
            return InboundResult.Ok;
        }

        var rest = reply.Cards;
        if (reply.Delivery == ReplyDelivery.UpdateInPlace)
        {
            await sender.UpdateOrSendAsync(activity, reply.Cards[0], cancellationToken);
            rest = [.. reply.Cards.Skip(1)];
        }

        await sender.SendAsync(activity, rest, replyToInbound: false, cancellationToken);
        return InboundResult.Ok;
    }
}
