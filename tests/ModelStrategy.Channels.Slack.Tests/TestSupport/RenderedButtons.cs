using System.Text.Json.Nodes;
using ModelStrategy.Channels.Slack.Blocks;

namespace ModelStrategy.Channels.Slack.Tests.TestSupport;

/// <summary>A button found in rendered blocks, as Slack would echo it in block_actions.</summary>
internal sealed record RenderedButton(string ActionId, string BlockId, string Value);

/// <summary>Finds command buttons in rendered Block Kit by the command their value carries.</summary>
internal static class RenderedButtons
{
    public static RenderedButton Find(JsonArray blocks, string command)
    {
        foreach (var block in blocks.OfType<JsonObject>().Where(b => (string?)b["type"] == "actions"))
        {
            foreach (var element in block["elements"]!.AsArray().OfType<JsonObject>().Where(e => (string?)e["type"] == "button"))
            {
                if ((string?)element["value"] is { } value && ActionCodec.Decode(value)?.Name == command)
                {
                    return new RenderedButton((string)element["action_id"]!, (string?)block["block_id"] ?? "b1", value);
                }
            }
        }

        throw new InvalidOperationException($"No {command} button in the blocks");
    }
}
