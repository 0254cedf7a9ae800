using ModelStrategy.Channels.Slack.Commands;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Channels.Slack.Interactions;

/// <summary>
/// Posts the stored recommendation for everyone, as the compact card: in the thread it was given in (chat.postMessage)
/// when the click names one, else (or when that post fails) through the clicked message's response_url (<c>in_channel</c>).
/// </summary>
internal sealed class ShareHandler(IRecommendationStore store, ISlackApiClient api, SlackReplySender sender)
{
    public async Task HandleAsync(ShareWork work, CancellationToken cancellationToken)
    {
        var recommendation = RecommendationIds.IsWellFormed(work.RecommendationId)
            ? await store.GetAsync(work.RecommendationId, cancellationToken)
            : null;
        if (recommendation is null)
        {
            await sender.RespondAsync(work.ResponseUrl, CommandReplies.GoneMissing(), inChannel: false, cancellationToken);
            return;
        }

        var card = RecommendationCards.Compact(recommendation);
        if (work is { ChannelId: { } channel, ThreadTs: { } thread }
            && await sender.GuardAsync(SlackMethods.PostMessage, () => api.PostMessageAsync(new SlackPlace(channel, thread), sender.Render(card), cancellationToken)))
        {
            return;
        }

        await sender.RespondAsync(work.ResponseUrl, card, inChannel: true, cancellationToken);
    }
}
