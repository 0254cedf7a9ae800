using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Slack.RateLimiting;

/// <summary>Sends a <see cref="RateLimitNoticeWork"/>: ephemeral through the click's response_url, or a post where the message was.</summary>
internal sealed class RateLimitNoticeHandler(SlackReplySender sender)
{
    public Task HandleAsync(RateLimitNoticeWork work, CancellationToken cancellationToken)
    {
        var card = TextCard.Of(work.Text, TextKind.Notice);
        if (work.ResponseUrl is { } responseUrl)
        {
            return sender.RespondAsync(responseUrl, card, inChannel: false, cancellationToken);
        }

        return work.Place is { } place ? sender.PostAsync(place, [card], cancellationToken) : Task.CompletedTask;
    }
}
