using System.Text.Json.Nodes;

namespace ModelStrategy.Benchmarks.Cards.Old;

/// <summary>
/// Adaptive Card 1.5 body elements as JSON. Only names that Teams' host config defines are used: colors default,
/// accent, attention; container styles default, emphasis, accent, good, attention, warning; sizes small to large.
/// </summary>
internal static class AdaptiveElements
{
    public static JsonObject Text(string text, string? size = null, string? weight = null, string? color = null, bool subtle = false, string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        Set(block, "size", size);
        Set(block, "weight", weight);
        Set(block, "color", color);
        if (subtle)
        {
            block["isSubtle"] = true;
        }

        Set(block, "spacing", spacing);
        return block;
    }

    public static JsonObject Heading(string text, string size = "Medium", string? spacing = "Medium") =>
        Text(text, size: size, weight: "Bolder", spacing: spacing);

    public static JsonObject Bullet(string text) => Text("• " + text, spacing: "Small");

    public static JsonObject Container(IEnumerable<JsonNode> items, string? style = null, string? id = null, bool visible = true, string? spacing = null)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray([.. items]) };
        Set(container, "id", id);
        Set(container, "style", style);
        if (!visible)
        {
            container["isVisible"] = false;
        }

        Set(container, "spacing", spacing);
        return container;
    }

    public static JsonObject ColumnSet(IEnumerable<JsonNode> columns, string? spacing = null)
    {
        var set = new JsonObject { ["type"] = "ColumnSet", ["columns"] = new JsonArray([.. columns]) };
        Set(set, "spacing", spacing);
        return set;
    }

    /// <summary>A column; <paramref name="width"/> is "auto", "stretch", "Npx" or a relative weight (a JSON number).</summary>
    public static JsonObject Column(JsonNode width, IEnumerable<JsonNode> items, string? style = null, string? verticalAlignment = null)
    {
        var column = new JsonObject { ["type"] = "Column", ["width"] = width, ["items"] = new JsonArray([.. items]) };
        Set(column, "style", style);
        Set(column, "verticalContentAlignment", verticalAlignment);
        return column;
    }

    public static JsonObject FactSet(IEnumerable<(string Title, string Value)> facts, string? spacing = null)
    {
        var set = new JsonObject
        {
            ["type"] = "FactSet",
            ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
        };
        Set(set, "spacing", spacing);
        return set;
    }

    public static JsonObject ActionSet(IEnumerable<JsonNode> actions, string? spacing = null)
    {
        var set = new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. actions]) };
        Set(set, "spacing", spacing);
        return set;
    }

    /// <summary>A short note above a card's content, on a shaded background.</summary>
    public static JsonObject Notice(string text) => Container([Text(text)], style: "emphasis");

    private static void Set(JsonObject target, string key, string? value)
    {
        if (value is not null)
        {
            target[key] = value;
        }
    }
}
