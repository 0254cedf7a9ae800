using System.Text.Json;
using ModelStrategy.Channels.Slack.Inbound;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Work;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Channels.Slack.Events;

/// <summary>What the bot makes of one <c>event_callback</c>: the work of answering it, or the reason it is ignored.</summary>
internal sealed record EventReading(SlackWork? Work, string Reason);

/// <summary>
/// Reads the inner event of an <c>event_callback</c> (slack.md §2.3). Answers <c>app_mention</c> in channels (in the
/// mention's thread) and <c>message</c> in direct messages; ignores other bots, the bot's own user, every message
/// subtype (edits, deletions, bot_message, joins …) and all other event types. <c>link_shared</c> (report links to
/// preview, <see cref="LinkSharedReader"/>) and <c>app_home_opened</c> on the Home tab (<see cref="HomeWork"/>) are
/// read apart: they are not messages. The endpoint reads a request with it, and
/// the inbox reads the stored request back with it after a restart.
/// </summary>
internal static class EventReader
{
    public static EventReading Read(JsonElement envelope)
    {
        var eventId = envelope.String("event_id");
        var team = envelope.String("team_id");
        if (envelope.At("event") is not { ValueKind: JsonValueKind.Object } inner || eventId is null || team is null)
        {
            return Ignore("no event, event_id or team_id");
        }

        var type = inner.String("type");
        switch (type)
        {
            case LinkSharedReader.EventType:
                return LinkSharedReader.Read(inner);
            case HomeWork.EventType:
                return HomeWork.Read(inner, team);
        }

        if (type is not ("app_mention" or "message"))
        {
            return Ignore($"event type {type ?? "(none)"}");
        }

        if (inner.String("subtype") is { } subtype)
        {
            return Ignore($"{type} subtype {subtype}");
        }

        if (inner.String("bot_id") is not null || inner.At("bot_profile") is { ValueKind: JsonValueKind.Object })
        {
            return Ignore($"{type} from a bot");
        }

        var user = inner.String("user");
        var channel = inner.String("channel");
        var ts = inner.String("ts");
        if (user is null || channel is null || ts is null || !SlackIds.AreWellFormed(eventId, team, user, channel, ts) || (inner.String("thread_ts") is { } thread && !SlackIds.IsWellFormed(thread)))
        {
            return Ignore($"{type} without a well-formed user, channel, ts, thread_ts or team");
        }

        if (user == BotUserId(envelope))
        {
            return Ignore($"{type} from the bot itself");
        }

        return type == "app_mention" ? Mention(inner, eventId, team, user, channel, ts) : Direct(inner, eventId, team, user, channel, ts);
    }

    private static EventReading Mention(JsonElement inner, string eventId, string team, string user, string channel, string ts)
    {
        if (SlackConversations.IsDirect(channel))
        {
            return Ignore("app_mention in a direct message (message.im answers it)");
        }

        var thread = inner.String("thread_ts") ?? ts;
        var input = Input(inner, eventId, ConversationKey.Thread(SlackConversations.Channel, team, channel, thread), user, ts);
        return new EventReading(new DialogMessageWork(input, new SlackPlace(channel, thread)), "app_mention");
    }

    private static EventReading Direct(JsonElement inner, string eventId, string team, string user, string channel, string ts)
    {
        if (inner.String("channel_type") != "im" || !SlackConversations.IsDirect(channel))
        {
            return Ignore($"message in a {inner.String("channel_type") ?? "non-direct"} conversation");
        }

        var input = Input(inner, eventId, ConversationKey.Personal(SlackConversations.Channel, team, user), user, ts);
        return new EventReading(new DialogMessageWork(input, new SlackPlace(channel, inner.String("thread_ts"))), "message.im");
    }

    private static TextMessageInput Input(JsonElement inner, string eventId, ConversationKey key, string user, string ts)
    {
        var text = SlackText.Typed(inner.String("text"));
        return new TextMessageInput
        {
            Key = key,
            Actor = new Actor(user, user),
            DeliveryId = eventId,
            MessageId = ts,
            Text = text.Length == 0 ? "help" : text,
        };
    }

    /// <summary>The bot user the event was delivered to (authorizations[0] with is_bot), so its own messages are dropped.</summary>
    private static string? BotUserId(JsonElement envelope)
    {
        if (envelope.At("authorizations") is not { ValueKind: JsonValueKind.Array } authorizations)
        {
            return null;
        }

        foreach (var authorization in authorizations.EnumerateArray())
        {
            if (authorization.IsTrue("is_bot") && authorization.String("user_id") is { } id)
            {
                return id;
            }
        }

        return null;
    }

    private static EventReading Ignore(string reason) => new(null, reason);
}
