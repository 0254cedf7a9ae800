using System.Text.Json;
using N = ModelStrategy.Channels.Teams.Cards.AdaptiveNames;

namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>
/// Adaptive Card 1.5 body elements, written straight to a <see cref="Utf8JsonWriter"/>. Only names that Teams' host
/// config defines are used: colors default, accent, attention; container styles default, emphasis, accent, good,
/// attention, warning; sizes small to large. A Start… call opens an element's item list; End… closes the element.
/// Every text goes into a TextBlock or a fact escaped (<see cref="AdaptiveMarkdown"/>), so no text can become markup;
/// only <see cref="Markdown"/> writes Markdown, which its caller builds from escaped parts.
/// </summary>
internal static class AdaptiveElements
{
    /// <summary>A TextBlock showing <paramref name="text"/> as written (escaped).</summary>
    public static void Text(this Utf8JsonWriter w, ReadOnlySpan<char> text, string? size = null, string? weight = null, string? color = null, bool subtle = false, string? spacing = null)
    {
        w.StartTextBlock();
        w.Escaped(N.Text, text);
        w.TextAttributes(size, weight, color, subtle, spacing);
    }

    /// <summary>A TextBlock whose text is Markdown the renderer wrote; every part it did not write must be escaped (<see cref="AdaptiveMarkdown.Escape(string)"/>).</summary>
    public static void Markdown(this Utf8JsonWriter w, ReadOnlySpan<char> markdown, string? size = null, string? weight = null, string? color = null, bool subtle = false, string? spacing = null)
    {
        w.StartTextBlock();
        w.WriteString(N.Text, markdown);
        w.TextAttributes(size, weight, color, subtle, spacing);
    }

    private static void StartTextBlock(this Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString(N.Type, "TextBlock");
    }

    private static void TextAttributes(this Utf8JsonWriter w, string? size, string? weight, string? color, bool subtle, string? spacing)
    {
        w.WriteBoolean(N.Wrap, true);
        w.Optional(N.Size, size);
        w.Optional(N.Weight, weight);
        w.Optional(N.Color, color);
        if (subtle)
        {
            w.WriteBoolean(N.IsSubtle, true);
        }

        w.Optional(N.Spacing, spacing);
        w.WriteEndObject();
    }

    public static void Heading(this Utf8JsonWriter w, string text, string size = "Medium", string? spacing = "Medium") =>
        w.Text(text, size: size == "Default" ? null : size, weight: "Bolder", spacing: spacing);

    /// <summary>"• text", small spacing.</summary>
    public static void Bullet(this Utf8JsonWriter w, string text)
    {
        var line = new CharBuffer(stackalloc char[256]);
        line.Append("• ");
        line.Append(text);
        w.Text(line.Text, spacing: "Small");
        line.Dispose();
    }

    public static void Bullets(this Utf8JsonWriter w, IReadOnlyList<string> texts)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            w.Bullet(texts[i]);
        }
    }

    /// <summary>Opens a Container; its items follow, then <see cref="EndItems"/>.</summary>
    public static void StartContainer(this Utf8JsonWriter w, string? style = null, string? id = null, bool visible = true, string? spacing = null)
    {
        w.WriteStartObject();
        w.WriteString(N.Type, "Container");
        w.Optional(N.Id, id);
        w.Optional(N.Style, style);
        if (!visible)
        {
            w.WriteBoolean(N.IsVisible, false);
        }

        w.Optional(N.Spacing, spacing);
        w.WriteStartArray(N.Items);
    }

    /// <summary>Opens a ColumnSet; its columns follow, then <see cref="EndItems"/>.</summary>
    public static void StartColumnSet(this Utf8JsonWriter w, string? spacing = null)
    {
        w.WriteStartObject();
        w.WriteString(N.Type, "ColumnSet");
        w.Optional(N.Spacing, spacing);
        w.WriteStartArray(N.Columns);
    }

    /// <summary>Opens a Column of width "auto", "stretch" or "Npx"; its items follow, then <see cref="EndItems"/>.</summary>
    public static void StartColumn(this Utf8JsonWriter w, string width, string? style = null, string? verticalAlignment = null, string? id = null)
    {
        w.WriteStartObject();
        w.WriteString(N.Type, "Column");
        w.WriteString(N.Width, width);
        w.ColumnAttributes(style, verticalAlignment, id);
    }

    /// <summary>Opens a Column whose width is a relative weight (a JSON number); its items follow, then <see cref="EndItems"/>.</summary>
    public static void StartColumn(this Utf8JsonWriter w, int weight, string? style = null, string? id = null)
    {
        w.WriteStartObject();
        w.WriteString(N.Type, "Column");
        w.WriteNumber(N.Width, weight);
        w.ColumnAttributes(style, null, id);
    }

    /// <summary>Opens an ActionSet; its actions follow, then <see cref="EndItems"/>.</summary>
    public static void StartActionSet(this Utf8JsonWriter w, string? spacing = null)
    {
        w.WriteStartObject();
        w.WriteString(N.Type, "ActionSet");
        w.Optional(N.Spacing, spacing);
        w.WriteStartArray(N.Actions);
    }

    /// <summary>Closes the item list and the element a Start… call opened.</summary>
    public static void EndItems(this Utf8JsonWriter w)
    {
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Opens a FactSet; its facts follow (<see cref="Fact"/>), then <see cref="EndItems"/>.</summary>
    public static void StartFactSet(this Utf8JsonWriter w, string? spacing = null)
    {
        w.WriteStartObject();
        w.WriteString(N.Type, "FactSet");
        w.Optional(N.Spacing, spacing);
        w.WriteStartArray(N.Facts);
    }

    /// <summary>A fact; Teams renders Markdown in both parts, so both are escaped.</summary>
    public static void Fact(this Utf8JsonWriter w, string title, ReadOnlySpan<char> value)
    {
        w.WriteStartObject();
        w.Escaped(N.Title, title);
        w.Escaped(N.Value, value);
        w.WriteEndObject();
    }

    /// <summary>Writes <paramref name="text"/> under <paramref name="name"/>, Markdown-escaped; no copy when nothing needs escaping.</summary>
    private static void Escaped(this Utf8JsonWriter w, JsonEncodedText name, ReadOnlySpan<char> text)
    {
        if (!AdaptiveMarkdown.NeedsEscape(text))
        {
            w.WriteString(name, text);
            return;
        }

        var escaped = new CharBuffer(stackalloc char[512]);
        AdaptiveMarkdown.Escape(text, ref escaped);
        w.WriteString(name, escaped.Text);
        escaped.Dispose();
    }

    /// <summary>A short note above a card's content, on a shaded background.</summary>
    public static void Notice(this Utf8JsonWriter w, string text)
    {
        w.StartContainer(style: "emphasis");
        w.Text(text);
        w.EndItems();
    }

    /// <summary>Writes <paramref name="value"/> under <paramref name="name"/> unless it is null.</summary>
    public static void Optional(this Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void ColumnAttributes(this Utf8JsonWriter w, string? style, string? verticalAlignment, string? id)
    {
        w.Optional(N.Style, style);
        w.Optional(N.VerticalContentAlignment, verticalAlignment);
        w.Optional(N.Id, id);
        w.WriteStartArray(N.Items);
    }
}
