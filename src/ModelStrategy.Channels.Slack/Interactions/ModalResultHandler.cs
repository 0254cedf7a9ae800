using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Work;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.ChannelSupport.Telemetry;

namespace ModelStrategy.Channels.Slack.Interactions;

/// <summary>
/// Recommends from a submitted modal, stores the result and posts it in the command's channel (chat.postMessage).
/// When the bot may not post there (<c>not_in_channel</c>, <c>channel_not_found</c>: a channel it was never added to,
/// another person's DM) the command's response_url posts it instead. Other failures reach the worker's log.
/// </summary>
internal sealed class ModalResultHandler(RecommendationService service, IRecommendationStore store, RecommendationMetrics metrics, ISlackApiClient api, SlackReplySender sender)
{
    public async Task HandleAsync(ModalResultWork work, CancellationToken cancellationToken)
    {
        var recommendation = string.IsNullOrWhiteSpace(work.Text)
            ? service.Recommend(work.Constraints)
            : service.RecommendFromText(work.Text, work.Constraints);
        // It belongs to the workspace the command came from: only its members may read it in full.
        await store.SaveAsync(recommendation with { Audience = work.TeamId is { Length: > 0 } team ? new Audience(Audience.Slack, team) : null, RequestedBy = work.Origin.UserId }, cancellationToken);
        metrics.Recommended(recommendation.Path, SlackWorker.Channel);
        var card = RecommendationCards.Standalone(recommendation, []);
        try
        {
            await api.PostMessageAsync(new SlackPlace(work.Origin.ChannelId, null), sender.Render(card), cancellationToken);
        }
        catch (SlackApiException ex) when (ex.IsNotInConversation && work.Origin.ResponseUrl is not null)
        {
            await sender.RespondAsync(work.Origin.ResponseUrl, card, inChannel: true, cancellationToken);
        }
    }
}
