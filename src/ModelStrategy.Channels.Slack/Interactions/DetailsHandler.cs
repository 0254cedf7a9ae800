using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Channels.Slack.Interactions;

/// <summary>
/// Expands (or collapses) a compact card in place: the stored recommendation, only for the workspace it belongs to,
/// replaces the clicked message through its response_url. Anything else gets a note only the clicker sees, which says
/// nothing about the recommendation.
/// </summary>
internal sealed class DetailsHandler(IRecommendationStore store, SlackReplySender sender)
{
    /// <summary>The note for a recommendation that is unknown, expired or another workspace's.</summary>
    public static readonly TextCard NotHere = TextCard.Of("I can't show the details of that recommendation here.", TextKind.Notice);

    public async Task HandleAsync(DetailsWork work, CancellationToken cancellationToken)
    {
        var recommendation = RecommendationIds.IsWellFormed(work.RecommendationId)
            ? await store.GetAsync(work.RecommendationId, cancellationToken)
            : null;
        var reader = work.TeamId is { Length: > 0 } team ? new Audience(Audience.Slack, team) : null;
        if (recommendation?.Audience?.Admits(reader) != true)
        {
            await sender.RespondAsync(work.ResponseUrl, NotHere, inChannel: false, cancellationToken);
            return;
        }

        var card = RecommendationCards.Compact(recommendation, work.Preview ? [RecommendationCards.Share(recommendation.Id)] : []) with { Expanded = work.Show };
        await sender.RespondAsync(work.ResponseUrl, card, inChannel: !work.Preview, cancellationToken, replaceOriginal: true);
    }
}
