using System.Text.Json.Nodes;

namespace ModelStrategy.Bot.Tests.EndToEnd.Teams;

/// <summary>
/// Message extension invokes as Teams sends them (Microsoft's "respond to the task module fetch", "link unfurling" and
/// "search command" pages): a channel conversation of one tenant, a Teams user with an Entra object id, clientInfo.
/// </summary>
internal static class TeamsExtensionPayloads
{
    public const string ChannelConversation = "19:c1b4a3e0b3d94d3e8c5d0f6a2e7b9c11@thread.tacv2";

    /// <summary>The <c>messagePayload</c> body of a channel message the triage command is run on.</summary>
    public const string MessageHtml = "<p>We want to <b>launch in 6 weeks</b>.</p><p>We have 300 labeled tickets &amp; the data has customer PII.<br>Budget 40k.</p>"
        + "<script>alert('x')</script>";

    public static string FetchTask(string id, string tenant, string html = MessageHtml) => Invoke("composeExtension/fetchTask", id, tenant, new JsonObject
    {
        ["commandId"] = "triageMessage",
        ["commandContext"] = "message",
        ["requestId"] = "6f8b0b1e7f0d4f3b",
        ["context"] = new JsonObject { ["theme"] = "default" },
        ["messagePayload"] = Message(html),
    }, source: "message");

    public static string SubmitAction(string id, string tenant, string text, string html = MessageHtml) => Invoke("composeExtension/submitAction", id, tenant, new JsonObject
    {
        ["commandId"] = "triageMessage",
        ["commandContext"] = "message",
        ["context"] = new JsonObject { ["theme"] = "default" },
        ["data"] = new JsonObject { ["msAction"] = "quick", ["text"] = text },
        ["messagePayload"] = Message(html),
    }, source: "message");

    public static string QueryLink(string id, string tenant, string url, bool anonymous = false) =>
        Invoke(anonymous ? "composeExtension/anonymousQueryLink" : "composeExtension/queryLink", id, tenant, new JsonObject { ["url"] = url });

    public static string Query(string id, string tenant, string? searchText) => Invoke("composeExtension/query", id, tenant, new JsonObject
    {
        ["commandId"] = "recentRecommendations",
        ["parameters"] = new JsonArray(searchText is null
            ? new JsonObject { ["name"] = "initialRun", ["value"] = "true" }
            : new JsonObject { ["name"] = "searchText", ["value"] = searchText }),
        ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
    });

    private static JsonObject Message(string html) => new()
    {
        ["id"] = "1611060744833",
        ["replyToId"] = null,
        ["createdDateTime"] = "2026-12-01T09:15:03.231Z",
        ["importance"] = "normal",
        ["locale"] = "en-us",
        ["linkToMessage"] = "https://teams.microsoft.com/l/message/" + ChannelConversation + "/1611060744833",
        ["from"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "bc2b6cba-4f1a-4d3b-9d63-7a1e0b2b5a10", ["displayName"] = "Megan Bowen", ["userIdentityType"] = "aadUser" } },
        ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = html },
        ["attachments"] = new JsonArray(),
        ["mentions"] = new JsonArray(),
        ["reactions"] = new JsonArray(),
    };

    private static string Invoke(string name, string id, string tenant, JsonObject value, string source = "compose") => new JsonObject
    {
        ["name"] = name,
        ["type"] = "invoke",
        ["timestamp"] = "2026-12-01T09:16:00.000Z",
        ["localTimestamp"] = "2026-12-01T10:16:00.000+01:00",
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = TeamsPayloads.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:1-alex-wilber", ["name"] = "Alex Wilber", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000020" },
        ["conversation"] = new JsonObject
        {
            ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = tenant,
            ["id"] = ChannelConversation + (source == "message" ? ";messageid=1611060744833" : string.Empty),
        },
        ["recipient"] = new JsonObject { ["id"] = "28:00000000-0000-0000-0000-00000000000011", ["name"] = "ModelStrategy" },
        ["entities"] = new JsonArray(new JsonObject { ["locale"] = "en-US", ["country"] = "US", ["platform"] = "Web", ["timezone"] = "Europe/Berlin", ["type"] = "clientInfo" }),
        ["channelData"] = new JsonObject
        {
            ["channel"] = new JsonObject { ["id"] = ChannelConversation },
            ["team"] = new JsonObject { ["id"] = "19:team-general@thread.tacv2" },
            ["tenant"] = new JsonObject { ["id"] = tenant },
            ["source"] = new JsonObject { ["name"] = source },
        },
        ["value"] = value,
        ["locale"] = "en-US",
    }.ToJsonString();
}
