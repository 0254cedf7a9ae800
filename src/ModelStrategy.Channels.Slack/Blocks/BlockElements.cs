using System.Text.Json.Nodes;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>
/// Block Kit blocks, elements and composition objects as JSON, each within <see cref="BlockKitLimits"/>. Text given
/// as mrkdwn must already be escaped (<see cref="Mrkdwn"/>); plain text is only cut to length.
/// </summary>
internal static class BlockElements
{
    /// <summary>A plain_text object cut to <paramref name="max"/> characters (emoji shortcodes rendered).</summary>
    public static JsonObject PlainText(string text, int max) =>
        new() { ["type"] = "plain_text", ["text"] = Mrkdwn.Plain(text, max), ["emoji"] = true };

    /// <summary>A mrkdwn text object of already escaped text, cut to <paramref name="max"/> characters.</summary>
    public static JsonObject MrkdwnText(string escaped, int max = BlockKitLimits.SectionText) =>
        new() { ["type"] = "mrkdwn", ["text"] = Mrkdwn.Fit(string.IsNullOrWhiteSpace(escaped) ? Mrkdwn.Ellipsis : escaped, max) };

    /// <summary>A header block: large bold plain text, at most 150 characters.</summary>
    public static JsonObject Header(string text) =>
        new() { ["type"] = "header", ["text"] = PlainText(text, BlockKitLimits.HeaderText) };

    /// <summary>A section of escaped mrkdwn, optionally with one accessory (a select) and a block_id.</summary>
    public static JsonObject Section(string escaped, JsonObject? accessory = null, string? blockId = null)
    {
        var section = new JsonObject { ["type"] = "section", ["text"] = MrkdwnText(escaped) };
        SetBlockId(section, blockId);
        if (accessory is not null)
        {
            section["accessory"] = accessory;
        }

        return section;
    }

    /// <summary>A section of two-column fields (at most ten, each cut to 2,000 characters).</summary>
    public static JsonObject Fields(IEnumerable<string> escaped) => new()
    {
        ["type"] = "section",
        ["fields"] = new JsonArray([.. escaped.Take(BlockKitLimits.SectionFields).Select(f => (JsonNode)MrkdwnText(f, BlockKitLimits.SectionFieldText))]),
    };

    /// <summary>Small grey text; at most ten elements.</summary>
    public static JsonObject Context(params string[] escaped) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray([.. escaped.Where(e => !string.IsNullOrWhiteSpace(e)).Take(BlockKitLimits.ContextElements).Select(e => (JsonNode)MrkdwnText(e))]),
    };

    /// <summary>A thin rule between parts of a message.</summary>
    public static JsonObject Divider() => new() { ["type"] = "divider" };

    /// <summary>An actions block of at most 25 elements.</summary>
    public static JsonObject Actions(IEnumerable<JsonObject> elements, string? blockId = null)
    {
        var actions = new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray([.. elements.Take(BlockKitLimits.ActionsElements)]) };
        SetBlockId(actions, blockId);
        return actions;
    }

    /// <summary>A button sending <paramref name="value"/> back; <paramref name="style"/> is "primary", "danger" or null.</summary>
    public static JsonObject Button(string text, string actionId, string value, string? style = null)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = PlainText(text, BlockKitLimits.ButtonText),
            ["action_id"] = actionId,
            ["value"] = value,
        };
        if (style is not null)
        {
            button["style"] = style;
        }

        return button;
    }

    /// <summary>A button that opens <paramref name="url"/> (Slack still sends a block_actions payload, which needs an ack).</summary>
    public static JsonObject LinkButton(string text, string actionId, Uri url) => new()
    {
        ["type"] = "button",
        ["text"] = PlainText(text, BlockKitLimits.ButtonText),
        ["action_id"] = actionId,
        ["url"] = url.AbsoluteUri,
    };

    /// <summary>An option of a select: text (at most 75 characters) and value.</summary>
    public static JsonObject Option(string text, string value) =>
        new() { ["text"] = PlainText(text, BlockKitLimits.OptionText), ["value"] = value };

    /// <summary>A static_select of at most 100 options; <paramref name="initial"/> must be one of them (by value).</summary>
    public static JsonObject StaticSelect(string actionId, string placeholder, IReadOnlyList<JsonObject> options, string? initial = null)
    {
        var list = options.Take(BlockKitLimits.SelectOptions).ToList();
        var select = new JsonObject
        {
            ["type"] = "static_select",
            ["action_id"] = actionId,
            ["placeholder"] = PlainText(placeholder, BlockKitLimits.Placeholder),
            ["options"] = new JsonArray([.. list]),
        };
        if (initial is not null && list.FirstOrDefault(o => (string?)o["value"] == initial) is { } chosen)
        {
            select["initial_option"] = chosen.DeepClone();
        }

        return select;
    }

    /// <summary>An input block (modals, and the fields of a text message).</summary>
    public static JsonObject Input(string blockId, string label, JsonObject element, string? hint, bool optional)
    {
        var input = new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = blockId,
            ["label"] = PlainText(label, BlockKitLimits.InputLabel),
            ["element"] = element,
            ["optional"] = optional,
        };
        if (!string.IsNullOrWhiteSpace(hint))
        {
            input["hint"] = PlainText(hint, BlockKitLimits.InputHint);
        }

        return input;
    }

    private static void SetBlockId(JsonObject block, string? blockId)
    {
        if (blockId is not null)
        {
            block["block_id"] = blockId;
        }
    }
}
