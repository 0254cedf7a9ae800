using System.Text.Json.Nodes;

namespace ModelStrategy.Bot.Tests.EndToEnd.Slack;

/// <summary>Slack requests shaped as Slack sends them (docs.slack.dev event and interaction payload pages).</summary>
public static class SlackPayloads
{
    public const string Team = "T0E2ETEAM";
    public const string BotUser = "U0BOTUSER";

    public static string Mention(string eventId, string channel, string ts, string text, string user = "U0ANA", string? threadTs = null)
    {
        var inner = new JsonObject
        {
            ["type"] = "app_mention", ["user"] = user, ["text"] = $"<@{BotUser}> {text}", ["ts"] = ts, ["channel"] = channel, ["event_ts"] = ts,
        };
        if (threadTs is not null)
        {
            inner["thread_ts"] = threadTs;
        }

        return Envelope(eventId, inner);
    }

    public static string DirectMessage(string eventId, string channel, string ts, string text, string user = "U0ANA") => Envelope(eventId, new JsonObject
    {
        ["type"] = "message", ["channel"] = channel, ["user"] = user, ["text"] = text, ["ts"] = ts, ["event_ts"] = ts, ["channel_type"] = "im",
    });

    public static string BotMessage(string eventId, string channel, string ts) => Envelope(eventId, new JsonObject
    {
        ["type"] = "message", ["subtype"] = "bot_message", ["bot_id"] = "B0OTHER", ["username"] = "github", ["text"] = "start",
        ["channel"] = channel, ["ts"] = ts, ["event_ts"] = ts, ["channel_type"] = "im",
    });

    public static Dictionary<string, string> Command(string channel, string text, string triggerId, string responseUrl) => new()
    {
        ["token"] = "gIkuvaNzQIHg97ATvDxqgjtO", ["team_id"] = Team, ["team_domain"] = "e2e", ["channel_id"] = channel, ["channel_name"] = "ai-planning",
        ["user_id"] = "U0ANA", ["user_name"] = "ana", ["command"] = "/modelstrategy", ["text"] = text, ["api_app_id"] = "A0E2E",
        ["is_enterprise_install"] = "false", ["response_url"] = responseUrl, ["trigger_id"] = triggerId,
    };

    /// <summary>A click on a button of a message the bot posted (or an ephemeral message, which has no message object).</summary>
    public static string Click(JsonObject button, string blockId, string channel, string messageTs, string? threadTs, string triggerId, string responseUrl,
        bool ephemeral = false, string user = "U0ANA")
    {
        var container = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channel, ["is_ephemeral"] = ephemeral };
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = user, ["username"] = "ana", ["name"] = "ana", ["team_id"] = Team },
            ["api_app_id"] = "A0E2E", ["token"] = "gIkuvaNzQIHg97ATvDxqgjtO",
            ["container"] = container,
            ["trigger_id"] = triggerId,
            ["team"] = new JsonObject { ["id"] = Team, ["domain"] = "e2e" },
            ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "ai-planning" },
            ["state"] = new JsonObject { ["values"] = new JsonObject() },
            ["response_url"] = responseUrl,
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = (string?)button["action_id"], ["block_id"] = blockId, ["text"] = button["text"]?.DeepClone(),
                ["value"] = (string?)button["value"], ["type"] = "button", ["action_ts"] = "1800000100.000001",
            }),
        };
        if (!ephemeral)
        {
            var message = new JsonObject { ["type"] = "message", ["ts"] = messageTs, ["bot_id"] = "B0BOT", ["text"] = "…" };
            if (threadTs is not null)
            {
                message["thread_ts"] = threadTs;
                container["thread_ts"] = threadTs;
            }

            payload["message"] = message;
        }

        return payload.ToJsonString();
    }

    public static string Submission(string viewId, string privateMetadata, JsonObject stateValues) => new JsonObject
    {
        ["type"] = "view_submission",
        ["team"] = new JsonObject { ["id"] = Team, ["domain"] = "e2e" },
        ["user"] = new JsonObject { ["id"] = "U0ANA", ["username"] = "ana", ["name"] = "ana", ["team_id"] = Team },
        ["api_app_id"] = "A0E2E", ["token"] = "gIkuvaNzQIHg97ATvDxqgjtO", ["trigger_id"] = "1800000200.0001.sub",
        ["view"] = new JsonObject
        {
            ["id"] = viewId, ["team_id"] = Team, ["type"] = "modal", ["callback_id"] = "modelstrategy", ["private_metadata"] = privateMetadata,
            ["state"] = new JsonObject { ["values"] = stateValues }, ["hash"] = "1800000200.abc", ["root_view_id"] = viewId, ["app_id"] = "A0E2E",
        },
        ["response_urls"] = new JsonArray(),
    }.ToJsonString();

    public static JsonObject Selected(string field, string value) => new()
    {
        [field] = new JsonObject { [field] = new JsonObject { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = value } } },
    };

    /// <summary>A link to one of the app's unfurl domains, posted in a channel.</summary>
    public static string LinkShared(string eventId, string channel, string messageTs, string url) => Envelope(eventId, new JsonObject
    {
        ["type"] = "link_shared", ["channel"] = channel, ["is_bot_user_member"] = true, ["user"] = "U0ANA", ["message_ts"] = messageTs,
        ["unfurl_id"] = $"{channel}.{messageTs}.1b90fa1278528ce6e2f6c5c2bfa1abc9", ["source"] = "conversations_history",
        ["links"] = new JsonArray(new JsonObject { ["domain"] = new Uri(url).Host, ["url"] = url }), ["event_ts"] = messageTs,
    });

    /// <summary>Someone opened the app's Home tab.</summary>
    public static string HomeOpened(string eventId, string user) => Envelope(eventId, new JsonObject
    {
        ["type"] = "app_home_opened", ["user"] = user, ["channel"] = "D0HOME", ["tab"] = "home", ["event_ts"] = "1800000000.000900",
    });

    /// <summary>The message shortcut used on someone else's message in a channel.</summary>
    public static string MessageShortcut(string channel, string messageTs, string text, string triggerId, string responseUrl) => new JsonObject
    {
        ["type"] = "message_action", ["token"] = "gIkuvaNzQIHg97ATvDxqgjtO", ["action_ts"] = "1800000300.000001",
        ["team"] = new JsonObject { ["id"] = Team, ["domain"] = "e2e" },
        ["user"] = new JsonObject { ["id"] = "U0ANA", ["username"] = "ana", ["name"] = "ana", ["team_id"] = Team },
        ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "ai-planning" },
        ["callback_id"] = "triage_message", ["trigger_id"] = triggerId, ["response_url"] = responseUrl, ["message_ts"] = messageTs,
        ["message"] = new JsonObject { ["type"] = "message", ["user"] = "U0BOB", ["ts"] = messageTs, ["text"] = text, ["team"] = Team },
    }.ToJsonString();

    private static string Envelope(string eventId, JsonObject inner) => new JsonObject
    {
        ["token"] = "XXYYZZ", ["team_id"] = Team, ["api_app_id"] = "A0E2E", ["event"] = inner, ["type"] = "event_callback",
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = Team, ["user_id"] = BotUser, ["is_bot"] = true, ["is_enterprise_install"] = false }),
        ["event_id"] = eventId, ["event_time"] = 1800000000,
    }.ToJsonString();
}
