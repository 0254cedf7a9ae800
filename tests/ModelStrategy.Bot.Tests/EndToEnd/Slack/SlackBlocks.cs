using System.Text.Json.Nodes;

namespace ModelStrategy.Bot.Tests.EndToEnd.Slack;

/// <summary>Reads the bot's Block Kit the way a user sees it: the buttons and what command each carries.</summary>
public static class SlackBlocks
{
    /// <summary>The command buttons of a posted message: (button, its actions block's id, the command in its value).</summary>
    public static IReadOnlyList<(JsonObject Button, string BlockId, string Command)> Buttons(JsonNode? blocks) =>
        [.. (blocks?.AsArray() ?? []).OfType<JsonObject>()
            .Where(b => (string?)b["type"] == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>().Select(e => (Element: e, BlockId: (string?)b["block_id"] ?? "actions")))
            .Where(p => (string?)p.Element["type"] == "button" && (string?)p.Element["value"] is { Length: > 0 } v && v.StartsWith('{'))
            .Select(p => (p.Element, p.BlockId, Command: (string?)JsonNode.Parse((string)p.Element["value"]!)?["a"] ?? string.Empty))];

    /// <summary>The addresses the link buttons of a message open.</summary>
    public static IReadOnlyList<string> Links(JsonNode? blocks) =>
        [.. (blocks?.AsArray() ?? []).OfType<JsonObject>()
            .Where(b => (string?)b["type"] == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>())
            .Select(e => (string?)e["url"]).OfType<string>()];

    public static (JsonObject Button, string BlockId, string Command) Button(JsonNode? blocks, string command) =>
        Buttons(blocks).FirstOrDefault(b => b.Command == command) is { Button: not null } found
            ? found
            : throw new InvalidOperationException($"No {command} button; buttons: {string.Join(", ", Buttons(blocks).Select(b => b.Command))}");
}
