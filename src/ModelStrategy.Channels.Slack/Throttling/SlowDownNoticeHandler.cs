using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Slack.Throttling;

/// <summary>Sends a <see cref="SlowDownNoticeWork"/>: ephemeral through the click's response_url, or a post where the message was.</summary>
internal sealed class SlowDownNoticeHandler(SlackReplySender sender)
{
    public Task HandleAsync(SlowDownNoticeWork work, CancellationToken cancellationToken)
    {
        var card = TextCard.Of(work.Text, TextKind.Notice);
        if (work.ResponseUrl is { } responseUrl)
        {
            return sender.RespondAsync(responseUrl, card, inChannel: false, cancellationToken);
        }

        return work.Place is { } place ? sender.PostAsync(place, [card], cancellationToken) : Task.CompletedTask;
    }
}
