using System.Text.Json.Nodes;

namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>The HTTP answer to one inbound activity: a status and, for invokes, a JSON body.</summary>
internal sealed record InboundResult(int Status, JsonObject? Body = null)
{
    public static InboundResult Ok { get; } = new(200);

    /// <summary>An Action.Execute answer (always HTTP 200; the outcome is inside, teams.md §1.5).</summary>
    public static InboundResult Invoke(string type, JsonNode value, int statusCode = 200) => new(200, new JsonObject
    {
        ["statusCode"] = statusCode,
        ["type"] = type,
        ["value"] = value,
    });
}
