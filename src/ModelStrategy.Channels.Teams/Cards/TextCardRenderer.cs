using System.Text.Json;
using ModelStrategy.Core.Cards;
using static ModelStrategy.Channels.Teams.Cards.AdaptiveCardRenderer;

namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>Plain replies: a text (one block per line, as Teams drops single newlines) and an error in attention color.</summary>
internal static class TextCardRenderer
{
    public static void Text(Utf8JsonWriter w, TextCard card)
    {
        var lines = card.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0)
        {
            lines = [" "];
        }

        StartCard(w, string.Join(' ', lines));
        for (var i = 0; i < lines.Length; i++)
        {
            w.Text(lines[i],
                weight: card.Kind == TextKind.Help && i == 0 ? "Bolder" : null,
                subtle: card.Kind == TextKind.Notice,
                spacing: i == 0 ? null : "Small");
        }

        EndBody(w);
        if (card.Actions.Count > 0)
        {
            StartActions(w);
            foreach (var action in card.Actions)
            {
                w.Execute(action, null);
            }

            EndActions(w);
        }

        EndCard(w);
    }

    public static void Error(Utf8JsonWriter w, ErrorCard card)
    {
        StartCard(w, card.Message);
        w.Text(card.Message, weight: "Bolder", color: "Attention");
        if (card.Example is { Length: > 0 } example)
        {
            var text = new CharBuffer(stackalloc char[256]);
            text.Append("For example: ");
            text.Append(example);
            w.Text(text.Text, spacing: "Small");
            text.Dispose();
        }

        EndBody(w);
        EndCard(w);
    }
}
