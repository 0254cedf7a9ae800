using ModelStrategy.Channels.Slack.Commands;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Channels.Slack.Interactions;

/// <summary>Posts the stored recommendation for everyone (<c>in_channel</c>), as the compact card, through the clicked message's response_url.</summary>
internal sealed class ShareHandler(IRecommendationStore store, SlackReplySender sender)
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

        await sender.RespondAsync(work.ResponseUrl, RecommendationCards.Compact(recommendation), inChannel: true, cancellationToken);
    }
}
