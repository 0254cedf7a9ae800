using System.Globalization;
using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>
/// Collects one message's blocks, numbers its buttons so every action_id is unique, and closes the message within
/// Slack's limits: at most 50 blocks (the middle is cut, the buttons at the end kept) and a non-empty fallback text.
/// </summary>
internal sealed class MessageBuilder
{
    private readonly List<JsonObject> _blocks = [];
    private int _buttons;

    /// <summary>Adds one block.</summary>
    public MessageBuilder Add(JsonObject block)
    {
        _blocks.Add(block);
        return this;
    }

    /// <summary>Adds blocks in order.</summary>
    public MessageBuilder AddRange(IEnumerable<JsonObject> blocks)
    {
        _blocks.AddRange(blocks);
        return this;
    }

    /// <summary>A command button carrying the action and the card context; null when its value would not fit.</summary>
    public JsonObject? Command(CardAction action, CardContext? context, string? title = null, bool form = false)
    {
        var value = ActionCodec.Encode(action.Name, context, action.Values, BlockKitLimits.ButtonValue, form);
        return value is null ? null : BlockElements.Button(title ?? action.Title, NextId(ActionCodec.CommandPrefix), value, action.Primary ? "primary" : null);
    }

    /// <summary>A button that opens <paramref name="url"/>.</summary>
    public JsonObject Link(string title, Uri url) => BlockElements.LinkButton(title, NextId(ActionCodec.LinkPrefix), url);

    /// <summary>Actions blocks for <paramref name="buttons"/> (25 per block); nothing when there are none.</summary>
    public MessageBuilder Buttons(IEnumerable<JsonObject?> buttons)
    {
        foreach (var chunk in buttons.OfType<JsonObject>().Chunk(BlockKitLimits.ActionsElements))
        {
            _blocks.Add(BlockElements.Actions(chunk));
        }

        return this;
    }

    /// <summary>The message: <paramref name="fallback"/> escaped and cut, the blocks cut to 50 if need be.</summary>
    public SlackMessageContent Build(string fallback)
    {
        var text = Mrkdwn.EscapeAndFit(string.IsNullOrWhiteSpace(fallback) ? "ModelStrategy" : fallback.ReplaceLineEndings(" "), BlockKitLimits.FallbackText);
        return new SlackMessageContent(text, new JsonArray([.. Fit(_blocks)]));
    }

    /// <summary>
    /// Over 50 blocks or over the total text budget: keep every interactive block (buttons, selects), then as much of the
    /// other content, in order, as fits; a note before the trailing buttons says that something was left out.
    /// </summary>
    private static List<JsonObject> Fit(List<JsonObject> blocks)
    {
        if (blocks.Count <= BlockKitLimits.MessageBlocks && blocks.Sum(TextLength) <= BlockKitLimits.MessageTextTotal)
        {
            return blocks;
        }

        var note = BlockElements.Context("_Some of this was left out to fit in one Slack message._");
        var essential = blocks.Where(Interactive).Take(BlockKitLimits.MessageBlocks - 1).ToHashSet();
        var room = BlockKitLimits.MessageBlocks - 1 - essential.Count;
        var budget = BlockKitLimits.MessageTextTotal - essential.Sum(TextLength) - TextLength(note);
        var kept = new List<JsonObject>();
        foreach (var block in blocks)
        {
            var length = TextLength(block);
            if (essential.Contains(block))
            {
                kept.Add(block);
            }
            else if (room > 0 && length <= budget)
            {
                kept.Add(block);
                room--;
                budget -= length;
            }
        }

        var tail = kept.AsEnumerable().Reverse().TakeWhile(b => (string?)b["type"] == "actions").Count();
        kept.Insert(kept.Count - tail, note);
        return kept;
    }

    private static bool Interactive(JsonObject block) => (string?)block["type"] == "actions" || block["accessory"] is not null;

    /// <summary>The characters of every text object in <paramref name="node"/> (what Slack's undocumented total counts).</summary>
    public static int TextLength(JsonNode? node) => node switch
    {
        JsonObject o when o["type"] is JsonValue t && t.GetValueKind() == System.Text.Json.JsonValueKind.String
            && t.GetValue<string>() is "plain_text" or "mrkdwn" => o["text"] is JsonValue text ? text.GetValue<string>().Length : 0,
        JsonObject o => o.Sum(p => TextLength(p.Value)),
        JsonArray a => a.Sum(TextLength),
        _ => 0,
    };

    private string NextId(string prefix) => prefix + (++_buttons).ToString(CultureInfo.InvariantCulture);
}
