using System.Text.Json;
using System.Text.Json.Nodes;
using ModelStrategy.Channels.Slack.Blocks;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

/// <summary>
/// Interactivity payloads shaped as Slack sends them (docs.slack.dev "block_actions payload" / "view_submission payload",
/// and bolt-python's scenario tests): built from the blocks we rendered, the way Slack would report a click or a submit.
/// </summary>
internal static class SlackPayloads
{
    /// <summary>A click on <paramref name="button"/> in <paramref name="message"/>; <paramref name="picked"/> sets form selects (block_id → value).</summary>
    public static JsonElement Click(SlackMessageContent message, JsonObject button, IReadOnlyDictionary<string, string>? picked = null, bool reportUntouched = true)
    {
        var blockId = BlockIdOf(message, button);
        var action = new JsonObject
        {
            ["type"] = "button",
            ["block_id"] = blockId,
            ["action_id"] = button["action_id"]!.DeepClone(),
            ["text"] = button["text"]!.DeepClone(),
            ["action_ts"] = "1700000001.000200",
        };
        if (button["value"] is { } value)
        {
            action["value"] = value.DeepClone();
        }

        return BlockActions(message, action, State(message, picked ?? new Dictionary<string, string>(), reportUntouched));
    }

    /// <summary>An option picked in the select of block <paramref name="blockId"/>.</summary>
    public static JsonElement Pick(SlackMessageContent message, string blockId, string value)
    {
        var select = Blocks(message).Single(b => (string?)b["block_id"] == blockId)["accessory"]!.AsObject();
        var option = select["options"]!.AsArray().Single(o => (string?)o!["value"] == value)!.DeepClone();
        var action = new JsonObject
        {
            ["type"] = "static_select",
            ["block_id"] = blockId,
            ["action_id"] = select["action_id"]!.DeepClone(),
            ["selected_option"] = option,
            ["placeholder"] = select["placeholder"]!.DeepClone(),
            ["action_ts"] = "1700000001.000300",
        };
        return BlockActions(message, action, State(message, new Dictionary<string, string> { [blockId] = value }, reportUntouched: true));
    }

    /// <summary>A view_submission of <paramref name="view"/> with <paramref name="answers"/> (block_id → value); other inputs left empty.</summary>
    public static JsonElement Submit(JsonObject view, IReadOnlyDictionary<string, string> answers)
    {
        var values = new JsonObject();
        foreach (var block in view["blocks"]!.AsArray().Select(b => b!.AsObject()).Where(b => (string?)b["type"] == "input"))
        {
            var blockId = (string)block["block_id"]!;
            var element = block["element"]!.AsObject();
            var actionId = (string)element["action_id"]!;
            var answered = answers.TryGetValue(blockId, out var answer);
            JsonObject state = (string?)element["type"] == "static_select"
                ? new JsonObject
                {
                    ["type"] = "static_select",
                    ["selected_option"] = answered
                        ? element["options"]!.AsArray().Single(o => (string?)o!["value"] == answer)!.DeepClone()
                        : null,
                }
                : new JsonObject { ["type"] = (string?)element["type"], ["value"] = answered ? answer : null };
            values[blockId] = new JsonObject { [actionId] = state };
        }

        var submitted = view.DeepClone().AsObject();
        submitted["id"] = "V0MODAL";
        submitted["team_id"] = "T0TEAM";
        submitted["state"] = new JsonObject { ["values"] = values };
        submitted["hash"] = "1700000000.abc";
        submitted["root_view_id"] = "V0MODAL";
        submitted["app_id"] = "A0APP";
        submitted["bot_id"] = "B0BOT";
        return Parse(new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = "T0TEAM", ["domain"] = "example" },
            ["user"] = new JsonObject { ["id"] = "U0ANA", ["username"] = "ana", ["name"] = "ana", ["team_id"] = "T0TEAM" },
            ["api_app_id"] = "A0APP",
            ["token"] = "legacy-verification-token",
            ["trigger_id"] = "1700000000.1.abc",
            ["view"] = submitted,
            ["response_urls"] = new JsonArray(),
            ["is_enterprise_install"] = false,
        });
    }

    public static IEnumerable<JsonObject> Blocks(SlackMessageContent message) => message.Blocks.Select(b => b!.AsObject());

    /// <summary>Every button of the message, in order.</summary>
    public static IEnumerable<JsonObject> Buttons(SlackMessageContent message) =>
        Blocks(message).Where(b => (string?)b["type"] == "actions").SelectMany(b => b["elements"]!.AsArray().Select(e => e!.AsObject()));

    public static JsonObject Button(SlackMessageContent message, string text) => Buttons(message).Single(b => (string?)b["text"]!["text"] == text);

    public static JsonElement Parse(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();

    private static JsonElement BlockActions(SlackMessageContent message, JsonObject action, JsonObject state) => Parse(new JsonObject
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = "U0ANA", ["username"] = "ana", ["name"] = "ana", ["team_id"] = "T0TEAM" },
        ["api_app_id"] = "A0APP",
        ["token"] = "legacy-verification-token",
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000000.000100", ["channel_id"] = "C0CHAN", ["is_ephemeral"] = false },
        ["trigger_id"] = "1700000000.1.abc",
        ["team"] = new JsonObject { ["id"] = "T0TEAM", ["domain"] = "example" },
        ["enterprise"] = null,
        ["is_enterprise_install"] = false,
        ["channel"] = new JsonObject { ["id"] = "C0CHAN", ["name"] = "general" },
        ["message"] = new JsonObject
        {
            ["type"] = "message", ["user"] = "U0BOT", ["ts"] = "1700000000.000100", ["bot_id"] = "B0BOT", ["app_id"] = "A0APP",
            ["text"] = message.Text, ["team"] = "T0TEAM", ["blocks"] = WithBlockIds(message),
        },
        ["state"] = new JsonObject { ["values"] = state },
        ["response_url"] = "https://hooks.slack.com/actions/T0TEAM/1/abc",
        ["actions"] = new JsonArray(action),
    });

    /// <summary>The current value of every select: the picked one, else its initial option (when Slack reports untouched ones).</summary>
    private static JsonObject State(SlackMessageContent message, IReadOnlyDictionary<string, string> picked, bool reportUntouched)
    {
        var values = new JsonObject();
        foreach (var block in Blocks(message).Where(b => b["accessory"] is JsonObject { } a && (string?)a["type"] == "static_select"))
        {
            var blockId = (string)block["block_id"]!;
            var select = block["accessory"]!.AsObject();
            JsonNode? selected = picked.TryGetValue(blockId, out var value)
                ? select["options"]!.AsArray().Single(o => (string?)o!["value"] == value)!.DeepClone()
                : reportUntouched ? select["initial_option"]?.DeepClone() : null;
            if (selected is not null || reportUntouched)
            {
                values[blockId] = new JsonObject { [(string)select["action_id"]!] = new JsonObject { ["type"] = "static_select", ["selected_option"] = selected } };
            }
        }

        return values;
    }

    /// <summary>Slack gives every block without a block_id a random one; the message it reports carries them.</summary>
    private static JsonArray WithBlockIds(SlackMessageContent message)
    {
        var blocks = message.Blocks.DeepClone().AsArray();
        for (var i = 0; i < blocks.Count; i++)
        {
            blocks[i]!["block_id"] ??= "b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "Xy";
        }

        return blocks;
    }

    private static string BlockIdOf(SlackMessageContent message, JsonObject element)
    {
        var blocks = WithBlockIds(message);
        for (var i = 0; i < message.Blocks.Count; i++)
        {
            if (message.Blocks[i]!["elements"] is JsonArray elements && elements.Any(e => ReferenceEquals(e, element)))
            {
                return (string)blocks[i]!["block_id"]!;
            }
        }

        throw new InvalidOperationException("the button is not in the message");
    }
}
