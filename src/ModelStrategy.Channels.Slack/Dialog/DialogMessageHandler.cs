using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Work;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Channels.Slack.Dialog;

/// <summary>Runs a typed message through the dialog and posts the reply where it was asked (the thread or the DM).</summary>
internal sealed class DialogMessageHandler(IConversationEngine engine, SlackReplySender sender) : SlackWorkHandler<DialogMessageWork>
{
    protected override async Task HandleAsync(DialogMessageWork work, CancellationToken cancellationToken)
    {
        var reply = await engine.HandleAsync(work.Input, cancellationToken);
        if (!reply.Duplicate)
        {
            await sender.PostAsync(work.Place, reply.Cards, cancellationToken);
        }
    }
}
