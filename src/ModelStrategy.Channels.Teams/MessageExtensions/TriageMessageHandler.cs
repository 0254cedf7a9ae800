using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Teams.Inbound;
using ModelStrategy.Channels.Teams.Outbound;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.ChannelSupport.Telemetry;

namespace ModelStrategy.Channels.Teams.MessageExtensions;

/// <summary>
/// "Triage with ModelStrategy" on a message (an action command, <c>context: message</c>). fetchTask opens
/// <see cref="TriageDialog"/> with the message's plain text (<see cref="MessageText"/>); submitAction triages the text
/// as quick triage does, stores the recommendation for the tenant, and answers with the compact card as a result: Teams
/// puts it into the asker's compose box, so only they see it until they send it (botMessagePreview is not used: the
/// compose box already is that preview).
/// </summary>
internal sealed class TriageMessageHandler(
    RecommendationService service, IRecommendationStore store, RecommendationMetrics metrics, IAdaptiveCardRenderer renderer, ILogger<TriageMessageHandler> logger)
    : IInvokeHandler
{
    /// <summary>The command's id in the app manifest.</summary>
    public const string CommandId = "triageMessage";

    public async Task<InboundResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var value = activity.Value as JsonObject;
        if (JsonText.At(value, "commandId") != CommandId)
        {
            Log.MessageExtension(logger, "(unknown)", "a note");
            return ComposeExtensionResponses.DialogMessage("I don't know that command. Update the ModelStrategy app and try again.");
        }

        var message = FreeText.Cap(MessageText.Plain(JsonText.At(value, "messagePayload", "body", "content"), JsonText.At(value, "messagePayload", "body", "contentType")));
        if (activity.Name == ActivityTypes.FetchTask)
        {
            Log.MessageExtension(logger, CommandId, "the dialog");
            return ComposeExtensionResponses.Dialog(TriageDialog.Title, TriageDialog.Card(message));
        }

        var text = FreeText.Cap((JsonText.At(value, "data", CardActionNames.TextKey) ?? message).Trim());
        if (text.Length == 0)
        {
            return ComposeExtensionResponses.DialogMessage("There is no text to triage. Try again and type what you know about the project.");
        }

        var recommendation = service.RecommendFromText(text);
        // It belongs to the tenant it was asked in: only its members may read it in full.
        var tenant = ActivityMapper.Tenant(activity);
        await store.SaveAsync(recommendation with
        {
            Audience = tenant is { Length: > 0 } ? new Audience(Audience.Entra, tenant) : null,
            RequestedBy = ActivityMapper.Actor(activity).Id,
        }, cancellationToken);
        metrics.Recommended(recommendation.Path, MessagesEndpoint.Channel);
        var card = RecommendationCards.Compact(recommendation);
        Log.MessageExtension(logger, CommandId, "a card for the compose box");
        return ComposeExtensionResponses.Result([new ResultCard(renderer.Render(card), card.PathName, $"{card.Cost.Text} · {card.Timeline.Text}")]);
    }
}
