using ModelStrategy.Channels.Teams.Outbound;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>
/// On install (installationUpdate "add", or conversationUpdate adding the bot) sends the help card once: both
/// events share one delivery id per conversation, so the engine applies only the first.
/// </summary>
internal sealed class WelcomeActivityHandler(IConversationEngine engine, ReplySender sender) : IActivityHandler
{
    public async Task<InboundResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!IsInstall(activity) || activity.Conversation?.Id is null)
        {
            return InboundResult.Ok;
        }

        // Keyed by the conversation, not by this event's id: in a channel the two install events have different ids,
        // and a per-event key would let each of them post its own welcome.
        var conversationLevel = activity with { Id = null, ReplyToId = null };
        var input = ActivityMapper.Text(activity, CardActionNames.Help) with
        {
            Key = ActivityMapper.Key(conversationLevel),
            DeliveryId = "welcome:" + activity.Conversation.Id,
        };
        var reply = await engine.HandleAsync(input, cancellationToken);
        if (!reply.Duplicate)
        {
            await sender.SendAsync(activity, reply.Cards, replyToInbound: false, cancellationToken);
        }

        return InboundResult.Ok;
    }

    private static bool IsInstall(Activity activity) => activity.Type == ActivityTypes.InstallationUpdate
        ? activity.Action is "add" or "add-upgrade"
        : activity.MembersAdded?.Any(m => m?.Id is not null && m.Id == activity.Recipient?.Id) == true;
}
