using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Channels.Slack.Interactions;

/// <summary>
/// Runs a click through the dialog. When the engine says so, the first card replaces the clicked message
/// (chat.update), so the dialog stays one message that changes as answers come; further cards are posted after it.
/// </summary>
internal sealed class DialogActionHandler(IConversationEngine engine, SlackReplySender sender)
{
    public async Task HandleAsync(DialogActionWork work, CancellationToken cancellationToken)
    {
        var reply = await engine.HandleAsync(work.Input with { Address = work.Place.Encode() }, cancellationToken);
        if (reply.Duplicate || reply.Cards.Count == 0)
        {
            return;
        }

        var rest = reply.Cards;
        if (reply.Delivery == ReplyDelivery.UpdateInPlace)
        {
            await sender.UpdateOrPostAsync(work.Place, work.MessageTs, reply.Cards[0], cancellationToken);
            rest = [.. reply.Cards.Skip(1)];
        }

        await sender.PostAsync(work.Place, rest, cancellationToken);
    }
}
