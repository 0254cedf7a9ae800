using System.Text.Json;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Commands;
using ModelStrategy.Channels.Slack.Inbound;

namespace ModelStrategy.Channels.Slack.Interactions;

/// <summary>
/// Reads the app's shortcuts (manifest <c>features.shortcuts</c>) and the Home tab's "New recommendation": the message
/// shortcut triages the message it was used on (<see cref="TriageMessageWork"/>); the global shortcut and the Home
/// button open the modal, whose result is posted in the person's direct messages with the app. Each is taken on once
/// by its trigger_id.
/// </summary>
internal static class ShortcutReader
{
    /// <summary>The message shortcut's callback_id ("Triage this message").</summary>
    public const string TriageMessage = "triage_message";

    /// <summary>The global shortcut's callback_id ("New recommendation").</summary>
    public const string NewRecommendation = "new_recommendation";

    /// <summary>A <c>message_action</c>: the message's text, where it stands and who asked.</summary>
    public static InteractionReading Message(JsonElement payload)
    {
        if (payload.String("callback_id") != TriageMessage)
        {
            return InteractionReading.Ignore($"message_action {payload.String("callback_id") ?? "(none)"}");
        }

        var trigger = payload.String("trigger_id");
        var user = payload.String("user", "id");
        var channel = payload.String("channel", "id");
        var messageTs = payload.String("message", "ts") ?? payload.String("message_ts");
        var threadTs = payload.String("message", "thread_ts");
        if (!SlackIds.AreWellFormed(trigger, user, channel, messageTs) || (threadTs is not null && !SlackIds.IsWellFormed(threadTs))
            || payload.String("response_url") is not { } responseUrl)
        {
            return InteractionReading.Ignore("message_action without a well-formed trigger_id, user, channel, message ts or response_url");
        }

        var work = new TriageMessageWork(payload.String("message", "text") ?? string.Empty, channel!, threadTs ?? messageTs!, user!, responseUrl);
        return new InteractionReading(work, Key(trigger!), null, TriageMessage);
    }

    /// <summary>A global <c>shortcut</c>: "New recommendation" opens the modal.</summary>
    public static InteractionReading Global(JsonElement payload) => payload.String("callback_id") == NewRecommendation
        ? OpenModal(payload, NewRecommendation)
        : InteractionReading.Ignore($"shortcut {payload.String("callback_id") ?? "(none)"}");

    /// <summary>"New recommendation" clicked on the Home tab; null for any other click.</summary>
    public static InteractionReading? HomeButton(JsonElement payload) =>
        payload.String("view", "type") == "home" && payload.At("actions") is { ValueKind: JsonValueKind.Array } actions && actions.GetArrayLength() > 0
        && actions[0].ValueKind == JsonValueKind.Object && actions[0].String("action_id") == HomeView.NewRecommendationActionId
            ? OpenModal(payload, "home")
            : null;

    /// <summary>The modal, its result for the person's direct messages with the app (there is no channel to post in).</summary>
    private static InteractionReading OpenModal(JsonElement payload, string reason)
    {
        var trigger = payload.String("trigger_id");
        var user = payload.String("user", "id");
        if (!SlackIds.AreWellFormed(trigger, user))
        {
            return InteractionReading.Ignore($"{reason} without a well-formed trigger_id or user");
        }

        var origin = new ModalOrigin(user!, user!, null).ToMetadata();
        return new InteractionReading(new OpenModalWork(trigger!, origin, null), Key(trigger!), null, reason);
    }

    private static string Key(string triggerId) => "slack:shortcut:" + triggerId;
}
