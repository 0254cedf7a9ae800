using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.ChannelSupport.Inbox;

namespace ModelStrategy.Channels.Slack.Events;

/// <summary>
/// Runs a typed message through the dialog and posts the reply where it was asked (the thread or the DM). For an
/// inbox item the rendered reply is checkpointed (<see cref="ReplyProgress"/>) before the first post and after each
/// one, so an item run again after a crash posts exactly what had not been posted, and nothing twice (only a post
/// that Slack took but whose answer was lost in the crash can repeat).
/// </summary>
internal sealed class DialogMessageHandler(IConversationEngine engine, SlackReplySender sender, IInbox inbox)
{
    public async Task HandleAsync(DialogMessageWork work, CancellationToken cancellationToken)
    {
        var progress = ReplyProgress.Parse(work.Progress);
        if (progress is null)
        {
            var reply = await engine.HandleAsync(work.Input with { Address = work.Place.Encode() }, cancellationToken);
            if (reply.Duplicate)
            {
                return;
            }

            progress = new ReplyProgress([.. reply.Cards.Select(sender.Render)], 0);
            await SaveAsync(work, progress, cancellationToken);
        }

        for (var next = progress.Sent; next < progress.Messages.Count; next++)
        {
            if (!await sender.PostAsync(work.Place, progress.Messages[next], cancellationToken))
            {
                return;
            }

            // Posted: recorded whatever happens next, so a later run never posts it again.
            progress = progress with { Sent = next + 1 };
            await SaveAsync(work, progress, CancellationToken.None);
        }
    }

    private async Task SaveAsync(DialogMessageWork work, ReplyProgress progress, CancellationToken cancellationToken)
    {
        if (work.InboxKey is { } key)
        {
            await inbox.SaveProgressAsync(key, progress.ToJson(), cancellationToken);
        }
    }
}
