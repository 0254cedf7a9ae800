using System.Text.Json;
using ModelStrategy.Core.Cards;
using static ModelStrategy.Channels.Teams.Cards.AdaptiveCardRenderer;
using N = ModelStrategy.Channels.Teams.Cards.AdaptiveNames;

namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>Plain replies: a text (one block per line, as Teams drops single newlines) with its fields, and an error in attention color.</summary>
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

        foreach (var field in card.Fields)
        {
            Field(w, field);
        }

        EndBody(w);
        if (card.Actions.Count > 0)
        {
            StartActions(w);
            for (var i = 0; i < card.Actions.Count; i++)
            {
                // With fields, the first action is their submit: it sends and checks them; the others skip them.
                w.Execute(card.Actions[i], null, withInputs: i == 0 && card.Fields.Count > 0);
            }

            EndActions(w);
        }

        EndCard(w);
    }

    /// <summary>A one-line text input submitted under the field's id; Teams asks for it before sending.</summary>
    private static void Field(Utf8JsonWriter w, FormField field)
    {
        w.WriteStartObject();
        w.WriteString(N.Type, "Input.Text");
        w.WriteString(N.Id, field.Id);
        w.WriteString(N.Label, field.Label);
        w.WriteString(N.Placeholder, field.Placeholder);
        w.WriteNumber(N.MaxLength, FormField.MaxLength);
        if (field.Value is { Length: > 0 } value)
        {
            w.WriteString(N.Value, value);
        }

        w.WriteBoolean(N.IsRequired, true);
        w.WriteString(N.ErrorMessage, field.Label + ": type a number.");
        w.WriteEndObject();
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
