using System.Text.Json;
using System.Text.Json.Nodes;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Inbound;

namespace ModelStrategy.Channels.Slack.Events;

/// <summary>
/// The checkpoint of a dialog reply, kept on its inbox item: the rendered messages of the engine's answer and how many
/// of them were posted. A second run of the item (after a crash) posts only what is left and never asks the engine
/// again (which would call the input a duplicate and drop the answer).
/// </summary>
internal sealed record ReplyProgress(IReadOnlyList<SlackMessageContent> Messages, int Sent)
{
    /// <summary>The checkpoint as stored.</summary>
    public string ToJson()
    {
        var messages = new JsonArray([.. Messages.Select(m => (JsonNode)new JsonObject { ["text"] = m.Text, ["blocks"] = m.Blocks.DeepClone() })]);
        return new JsonObject { ["messages"] = messages, ["sent"] = Sent }.ToJsonString();
    }

    /// <summary>The checkpoint read back; null when there is none or it is not one.</summary>
    public static ReplyProgress? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        using var document = SlackJson.ParseObject(System.Text.Encoding.UTF8.GetBytes(json));
        if (document?.RootElement is not { } root || root.At("messages") is not { ValueKind: JsonValueKind.Array } messages
            || root.At("sent") is not { ValueKind: JsonValueKind.Number } sent)
        {
            return null;
        }

        var read = new List<SlackMessageContent>();
        foreach (var message in messages.EnumerateArray())
        {
            if (message.String("text") is not { } text || message.At("blocks") is not { ValueKind: JsonValueKind.Array } raw
                || JsonNode.Parse(raw.GetRawText()) is not JsonArray blocks)
            {
                return null;
            }

            read.Add(new SlackMessageContent(text, blocks));
        }

        return new ReplyProgress(read, sent.GetInt32());
    }
}
