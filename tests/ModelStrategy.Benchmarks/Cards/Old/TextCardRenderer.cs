using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Benchmarks.Cards.Old;

/// <summary>Plain replies: a text (one block per line, as Teams drops single newlines) and an error in attention color.</summary>
internal static class TextCardRenderer
{
    public static JsonObject Text(TextCard card)
    {
        var lines = Lines(card.Text);
        var body = lines.Select((line, i) => (JsonNode)AdaptiveElements.Text(line,
            weight: card.Kind == TextKind.Help && i == 0 ? "Bolder" : null,
            subtle: card.Kind == TextKind.Notice,
            spacing: i == 0 ? null : "Small"));
        var actions = card.Actions.Select(a => (JsonNode)AdaptiveActions.Execute(a, null));
        return AdaptiveCardRenderer.Root(string.Join(" ", lines), body, actions);
    }

    public static JsonObject Error(ErrorCard card)
    {
        List<JsonNode> body = [AdaptiveElements.Text(card.Message, weight: "Bolder", color: "Attention")];
        if (card.Example is { Length: > 0 } example)
        {
            body.Add(AdaptiveElements.Text("For example: " + example, spacing: "Small"));
        }

        return AdaptiveCardRenderer.Root(card.Message, body);
    }

    private static List<string> Lines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        return lines.Count > 0 ? lines : [" "];
    }
}
