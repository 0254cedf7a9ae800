using System.Text;
using ModelStrategy.Bot.Tests.EndToEnd.Fuzz;
using ModelStrategy.Bot.Tests.EndToEnd.Slack;
using ModelStrategy.Bot.Tests.EndToEnd.Teams;

namespace ModelStrategy.Bot.Tests.EndToEnd.Hostile;

/// <summary>A valid request to each POST endpoint, for the hostile-input tests to break one way at a time.</summary>
public static class HostileRequests
{
    public const string ToTeams = "teams";
    public const string ToEvents = "events";
    public const string ToCommands = "commands";
    public const string ToInteractions = "interactions";
    public const string ToApi = "api";

    /// <summary>A request that would do real work (a reply, a stored recommendation) were it not broken.</summary>
    public static FuzzRequest Valid(string endpoint, FuzzBotFactory factory, string id)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return endpoint switch
        {
            ToTeams => Post("/api/messages", "application/json", FuzzSeeds.Loopback(TeamsPayloads.Message("h-" + id, "help", "a:hostile-" + id), factory)),
            ToEvents => Post("/slack/events", "application/json", SlackPayloads.Mention("EvHostile" + id, "C0HOSTILE", "1800000950.000100", "help")),
            ToCommands => Post("/slack/commands", "application/x-www-form-urlencoded", string.Join("&",
                SlackPayloads.Command("C0HOSTILE", "quick RAG over 500 docs", "trigger-hostile-" + id, factory.Slack.ResponseUrl("commands/hostile"))
                    .Select(f => f.Key + "=" + Uri.EscapeDataString(f.Value)))),
            ToInteractions => Post("/slack/interactions", "application/x-www-form-urlencoded", "payload=" + Uri.EscapeDataString(
                $$"""{"type":"block_actions","trigger_id":"trigger-hostile-{{id}}","team":{"id":"T0E2ETEAM"},"user":{"id":"U0ANA"},"container":{"type":"message","message_ts":"1800000950.000200","channel_id":"C0HOSTILE"},"actions":[{"action_id":"ms.do.0","block_id":"b","type":"button","value":"{\"a\":\"help\"}"}]}""")),
            ToApi => Post("/api/recommendations", "application/json", """{"text":"RAG over 500 docs, budget 50k"}"""),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
        };
    }

    public static FuzzRequest Post(string path, string contentType, string body) => new("POST", path, contentType, Encoding.UTF8.GetBytes(body));
}
