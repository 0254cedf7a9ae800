using ModelStrategy.Channels.Slack.Inbound;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Work;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.ChannelSupport.Telemetry;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Channels.Slack.Interactions;

/// <summary>
/// Quick triage of a message where it stands: recommends from the message's text, stores the result for the workspace
/// (and the asker, for the Home tab), and answers in the message's thread with the compact card only the asker sees
/// (chat.postEphemeral), with Share to post it in that thread. When the bot may not post there (not a member of the
/// channel), the answer comes through the shortcut's response_url instead, still only for the asker.
/// </summary>
internal sealed class TriageMessageHandler(
    RecommendationService service, IRecommendationStore store, RecommendationMetrics metrics, ISlackApiClient api, SlackReplySender sender)
{
    /// <summary>The answer to a message with no text to read (only files, images or a card).</summary>
    public static readonly TextCard NoText = TextCard.Of(
        "That message has no text I can read. Use the shortcut on a message that describes the project, or run /modelstrategy quick with what you know.", TextKind.Notice);

    public async Task HandleAsync(TriageMessageWork work, CancellationToken cancellationToken)
    {
        var text = SlackText.Typed(work.MessageText);
        if (text.Length == 0)
        {
            await sender.RespondAsync(work.ResponseUrl, NoText, inChannel: false, cancellationToken);
            return;
        }

        var recommendation = service.RecommendFromText(text) with
        {
            // It belongs to the workspace the message is in: only its members may read it in full.
            Audience = work.TeamId is { Length: > 0 } team ? new Audience(Audience.Slack, team) : null,
            RequestedBy = work.UserId,
        };
        await store.SaveAsync(recommendation, cancellationToken);
        metrics.Recommended(recommendation.Path, SlackWorker.Channel);
        var card = RecommendationCards.Compact(recommendation, [ShareWork.InThread(recommendation.Id, work.ThreadTs)]);
        var place = new SlackPlace(work.ChannelId, work.ThreadTs);
        if (!await sender.GuardAsync(SlackMethods.PostEphemeral, () => api.PostEphemeralAsync(place, work.UserId, sender.Render(card), cancellationToken)))
        {
            await sender.RespondAsync(work.ResponseUrl, card, inChannel: false, cancellationToken);
        }
    }
}
