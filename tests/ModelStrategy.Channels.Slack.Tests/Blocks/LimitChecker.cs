using System.Text.Json.Nodes;
using ModelStrategy.Channels.Slack.Blocks;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

/// <summary>
/// Walks a Block Kit payload and lists every place it breaks Slack's documented limits (<see cref="BlockKitLimits"/>):
/// counts, lengths, empty texts, duplicate ids, an initial option that is not among the options.
/// </summary>
internal static class LimitChecker
{
    public static List<string> Message(SlackMessageContent message)
    {
        var found = new List<string>();
        if (string.IsNullOrWhiteSpace(message.Text))
        {
            found.Add("text: empty fallback");
        }

        Check(found, "text", message.Text.Length, BlockKitLimits.FallbackText);
        Blocks(found, message.Blocks, BlockKitLimits.MessageBlocks);
        Check(found, "all block text", TextLength(message.Blocks), BlockKitLimits.MessageTextTotal);
        return found;
    }

    public static List<string> Modal(JsonObject view)
    {
        var found = new List<string>();
        Text(found, "title", view["title"], BlockKitLimits.ModalTitle, "plain_text");
        Text(found, "submit", view["submit"], BlockKitLimits.ModalButton, "plain_text");
        Text(found, "close", view["close"], BlockKitLimits.ModalButton, "plain_text");
        Check(found, "callback_id", Length(view["callback_id"]), BlockKitLimits.CallbackId);
        Check(found, "private_metadata", Length(view["private_metadata"]), BlockKitLimits.PrivateMetadata);
        Blocks(found, view["blocks"] as JsonArray ?? [], BlockKitLimits.ModalBlocks);
        return found;
    }

    private static void Blocks(List<string> found, JsonArray blocks, int max)
    {
        Check(found, "blocks", blocks.Count, max);
        var blockIds = new HashSet<string>();
        var actionIds = new HashSet<string>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i]!.AsObject();
            var at = $"blocks[{i}]";
            if ((string?)block["block_id"] is { } blockId)
            {
                Check(found, at + ".block_id", blockId.Length, BlockKitLimits.BlockId);
                Unique(found, at + ".block_id", blockIds, blockId);
            }

            switch ((string?)block["type"])
            {
                case "header":
                    Text(found, at + ".text", block["text"], BlockKitLimits.HeaderText, "plain_text");
                    break;
                case "section":
                    Section(found, at, block, actionIds);
                    break;
                case "context":
                    var elements = block["elements"]!.AsArray();
                    Range(found, at + ".elements", elements.Count, 1, BlockKitLimits.ContextElements);
                    for (var e = 0; e < elements.Count; e++)
                    {
                        Text(found, $"{at}.elements[{e}]", elements[e], BlockKitLimits.SectionText);
                    }

                    break;
                case "actions":
                    var actions = block["elements"]!.AsArray();
                    Range(found, at + ".elements", actions.Count, 1, BlockKitLimits.ActionsElements);
                    for (var e = 0; e < actions.Count; e++)
                    {
                        Element(found, $"{at}.elements[{e}]", actions[e]!.AsObject(), actionIds);
                    }

                    break;
                case "input":
                    Text(found, at + ".label", block["label"], BlockKitLimits.InputLabel, "plain_text");
                    if (block["hint"] is { } hint)
                    {
                        Text(found, at + ".hint", hint, BlockKitLimits.InputHint, "plain_text");
                    }

                    Element(found, at + ".element", block["element"]!.AsObject(), actionIds);
                    break;
                case "divider":
                    break;
                default:
                    found.Add($"{at}: block type {block["type"]} is not one we emit");
                    break;
            }
        }
    }

    private static void Section(List<string> found, string at, JsonObject block, HashSet<string> actionIds)
    {
        if (block["text"] is null && block["fields"] is null)
        {
            found.Add(at + ": section without text or fields");
        }

        if (block["text"] is { } text)
        {
            Text(found, at + ".text", text, BlockKitLimits.SectionText);
        }

        if (block["fields"] is JsonArray fields)
        {
            Range(found, at + ".fields", fields.Count, 1, BlockKitLimits.SectionFields);
            for (var f = 0; f < fields.Count; f++)
            {
                Text(found, $"{at}.fields[{f}]", fields[f], BlockKitLimits.SectionFieldText);
            }
        }

        if (block["accessory"] is JsonObject accessory)
        {
            Element(found, at + ".accessory", accessory, actionIds);
        }
    }

    private static void Element(List<string> found, string at, JsonObject element, HashSet<string> actionIds)
    {
        if ((string?)element["action_id"] is not { } actionId)
        {
            found.Add(at + ": no action_id");
        }
        else
        {
            Check(found, at + ".action_id", actionId.Length, BlockKitLimits.ActionId);
            Unique(found, at + ".action_id", actionIds, actionId);
        }

        switch ((string?)element["type"])
        {
            case "button":
                Text(found, at + ".text", element["text"], BlockKitLimits.ButtonText, "plain_text");
                Check(found, at + ".value", Length(element["value"]), BlockKitLimits.ButtonValue);
                Check(found, at + ".url", Length(element["url"]), BlockKitLimits.ButtonUrl);
                break;
            case "static_select":
                Select(found, at, element);
                break;
            case "plain_text_input":
                Range(found, at + ".max_length", (int?)element["max_length"] ?? 1, 1, BlockKitLimits.PlainTextInputLength);
                break;
            default:
                found.Add($"{at}: element type {element["type"]} is not one we emit");
                break;
        }
    }

    private static void Select(List<string> found, string at, JsonObject select)
    {
        Text(found, at + ".placeholder", select["placeholder"], BlockKitLimits.Placeholder, "plain_text");
        var options = select["options"]!.AsArray();
        Range(found, at + ".options", options.Count, 1, BlockKitLimits.SelectOptions);
        foreach (var option in options)
        {
            Text(found, at + ".option.text", option!["text"], BlockKitLimits.OptionText, "plain_text");
            Range(found, at + ".option.value", Length(option["value"]), 1, BlockKitLimits.OptionValue);
        }

        if (select["initial_option"] is { } initial && !options.Any(o => JsonNode.DeepEquals(o, initial)))
        {
            found.Add(at + ".initial_option: not one of the options");
        }
    }

    private static void Text(List<string> found, string at, JsonNode? text, int max, string? type = null)
    {
        if (text is not JsonObject obj || (string?)obj["text"] is not { } value)
        {
            found.Add(at + ": not a text object");
            return;
        }

        if (type is not null && (string?)obj["type"] != type)
        {
            found.Add($"{at}: must be {type}");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            found.Add(at + ": empty text");
        }

        Check(found, at, value.Length, max);
    }

    private static int TextLength(JsonNode? node) => node switch
    {
        JsonObject o when o["type"] is JsonValue t && (string?)t is "plain_text" or "mrkdwn" => ((string?)o["text"])?.Length ?? 0,
        JsonObject o => o.Sum(p => TextLength(p.Value)),
        JsonArray a => a.Sum(TextLength),
        _ => 0,
    };

    private static int Length(JsonNode? value) => value is null ? 0 : ((string?)value)?.Length ?? 0;

    private static void Check(List<string> found, string at, int length, int max)
    {
        if (length > max)
        {
            found.Add($"{at}: {length} > {max}");
        }
    }

    private static void Range(List<string> found, string at, int count, int min, int max)
    {
        if (count < min || count > max)
        {
            found.Add($"{at}: {count} not in {min}..{max}");
        }
    }

    private static void Unique(List<string> found, string at, HashSet<string> seen, string id)
    {
        if (!seen.Add(id))
        {
            found.Add($"{at}: duplicate {id}");
        }
    }
}
