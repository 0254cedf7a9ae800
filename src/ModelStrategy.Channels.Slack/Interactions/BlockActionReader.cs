using System.Text.Json;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Inbound;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Channels.Slack.Interactions;

/// <summary>
/// Maps a <c>block_actions</c> payload (slack.md §4.1) to work. A click on a message card goes to the dialog of that
/// message's thread (or the user's DM), with the clicked message's ts so the card can update in place. "Details" on a
/// compact card, wherever it is, sends the card again with its details. On an ephemeral quick result only Share means
/// something besides: it posts the result for everyone. Clicks inside a modal are read at submission, not here.
/// </summary>
internal static class BlockActionReader
{
    public static InteractionReading Read(JsonElement payload, SlackCardAction action)
    {
        var deliveryId = payload.String("trigger_id") ?? ActionTs(payload);
        var team = payload.String("team", "id") ?? payload.String("user", "team_id");
        var user = payload.String("user", "id");
        if (deliveryId is null || team is null || user is null || !SlackIds.AreWellFormed(deliveryId, team, user))
        {
            return Ignore("block_actions without a well-formed trigger_id, team or user");
        }

        if (payload.String("container", "type") is "view")
        {
            return Ignore("a click inside a modal");
        }

        if (action.Name == CardActionNames.Details)
        {
            return Details(payload, action, deliveryId);
        }

        if (payload.IsTrue("container", "is_ephemeral"))
        {
            return Ephemeral(payload, action, deliveryId);
        }

        var channel = payload.String("container", "channel_id") ?? payload.String("channel", "id");
        var messageTs = payload.String("container", "message_ts") ?? payload.String("message", "ts");
        var threadTs = payload.String("message", "thread_ts");
        if (channel is null || messageTs is null || !SlackIds.AreWellFormed(channel, messageTs) || (threadTs is not null && !SlackIds.IsWellFormed(threadTs)))
        {
            return Ignore("block_actions without a well-formed channel, message ts or thread ts");
        }
        var input = new CardActionInput
        {
            Key = SlackConversations.Key(team, channel, threadTs ?? messageTs, user),
            Actor = new Actor(user, payload.String("user", "name") ?? payload.String("user", "username") ?? user),
            DeliveryId = deliveryId,
            Action = action.Name,
            Context = action.Context,
            Values = action.Values,
        };
        var place = new SlackPlace(channel, SlackConversations.IsDirect(channel) ? threadTs : threadTs ?? messageTs);
        return new InteractionReading(new DialogActionWork(input, place, messageTs), Key(deliveryId), null, action.Name);
    }

    private static InteractionReading Ephemeral(JsonElement payload, SlackCardAction action, string deliveryId)
    {
        if (action.Name != CardActionNames.Share || !action.Values.TryGetValue(CardActionNames.RecommendationKey, out var id)
            || payload.String("response_url") is not { } responseUrl)
        {
            return Ignore($"{action.Name} on an ephemeral message");
        }

        var channel = payload.String("container", "channel_id") ?? payload.String("channel", "id");
        var thread = SlackIds.IsWellFormed(channel) ? ShareWork.Thread(action, payload.String("container", "thread_ts")) : null;
        return new InteractionReading(new ShareWork(id, responseUrl, thread is null ? null : channel, thread), Key(deliveryId), null, action.Name);
    }

    /// <summary>"Details" on a compact card, wherever it is: the card is sent again through the click's response_url.</summary>
    private static InteractionReading Details(JsonElement payload, SlackCardAction action, string deliveryId)
    {
        if (!action.Values.TryGetValue(CardActionNames.RecommendationKey, out var id) || payload.String("response_url") is not { } responseUrl)
        {
            return Ignore("details without a recommendation or a response_url");
        }

        var show = !(action.Values.TryGetValue(CardActionNames.ValueKey, out var value) && value == "hide");
        return new InteractionReading(new DetailsWork(id, show, payload.IsTrue("container", "is_ephemeral"), responseUrl), Key(deliveryId), null, action.Name);
    }

    private static string? ActionTs(JsonElement payload) =>
        payload.At("actions") is { ValueKind: JsonValueKind.Array } actions && actions.GetArrayLength() > 0 ? actions[0].String("action_ts") : null;

    private static string Key(string deliveryId) => "slack:action:" + deliveryId;

    private static InteractionReading Ignore(string reason) => InteractionReading.Ignore(reason);
}
