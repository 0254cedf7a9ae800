using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Work;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.ChannelSupport.Telemetry;

namespace ModelStrategy.Channels.Slack.Commands;

/// <summary>
/// Quick triage for the slash command: recommends from the text, stores the result (so its report link and Share
/// work), and answers through the command's response_url as an ephemeral message with a Share button.
/// </summary>
internal sealed class QuickHandler(RecommendationService service, IRecommendationStore store, RecommendationMetrics metrics, SlackReplySender sender)
{
    public async Task HandleAsync(QuickWork work, CancellationToken cancellationToken)
    {
        var recommendation = service.RecommendFromText(work.Text);
        // It belongs to the workspace the command came from: only its members may read it in full.
        await store.SaveAsync(recommendation with { Audience = work.TeamId is { Length: > 0 } team ? new Audience(Audience.Slack, team) : null, RequestedBy = work.UserId }, cancellationToken);
        metrics.Recommended(recommendation.Path, SlackWorker.Channel);
        await sender.RespondAsync(work.ResponseUrl, RecommendationCards.Standalone(recommendation, [RecommendationCards.Share(recommendation.Id)]), inChannel: false, cancellationToken);
    }
}
