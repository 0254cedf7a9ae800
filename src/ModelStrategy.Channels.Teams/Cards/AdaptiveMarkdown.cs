using System.Buffers;

namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>
/// Escapes text for the Markdown that Adaptive Card TextBlocks and FactSets render (Teams: bold, italic, lists and links;
/// the JavaScript renderer also headings, code and quotes), so text we did not write shows as typed and never becomes
/// a link, emphasis, a list or a heading. Uses CommonMark's backslash escapes: every character that can open markup
/// anywhere (<c>\ * _ [ ] ` ~ &lt; &gt; &amp; |</c>) and those that do only at the start of a line (<c># - + =</c> before a space or the same character, and
/// the <c>.</c> or <c>)</c> after a line's leading digits). A bare address stays as typed: a client may still make it
/// clickable, but it then shows where it goes.
/// </summary>
internal static class AdaptiveMarkdown
{
    private static readonly SearchValues<char> Anywhere = SearchValues.Create("\\*_[]`~<>&|");

    /// <summary>True when <paramref name="text"/> holds anything <see cref="Escape(ReadOnlySpan{char}, ref CharBuffer)"/> would change.</summary>
    public static bool NeedsEscape(ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(Anywhere))
        {
            return true;
        }

        for (var start = 0; start < text.Length;)
        {
            if (LineMarker(text, start) >= 0)
            {
                return true;
            }

            var next = text[start..].IndexOf('\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
        }

        return false;
    }

    /// <summary>Appends <paramref name="text"/> to <paramref name="into"/>, escaped.</summary>
    public static void Escape(ReadOnlySpan<char> text, ref CharBuffer into)
    {
        var marker = LineMarker(text, 0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i == marker || Anywhere.Contains(c))
            {
                into.Append('\\');
            }

            into.Append(c);
            if (c == '\n')
            {
                marker = LineMarker(text, i + 1);
            }
        }
    }

    /// <summary><paramref name="text"/> escaped (the same string when nothing needs it).</summary>
    public static string Escape(string text)
    {
        if (!NeedsEscape(text))
        {
            return text;
        }

        var buffer = new CharBuffer(stackalloc char[256]);
        Escape(text, ref buffer);
        var escaped = buffer.Text.ToString();
        buffer.Dispose();
        return escaped;
    }

    /// <summary>
    /// The index of the character that could make the line starting at <paramref name="start"/> a heading, a list item,
    /// a rule or a setext underline (after up to three spaces): '#', '-', '+' or '=' followed by a space, the end of the
    /// line or the same character again; or the '.' or ')' after leading digits when a space or the line's end follows.
    /// -1 when the line starts with none of these.
    /// </summary>
    private static int LineMarker(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && i - start < 3 && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length)
        {
            return -1;
        }

        if (text[i] is '#' or '-' or '+' or '=')
        {
            return EndsMarker(text, i + 1) || text[i + 1] == text[i] ? i : -1;
        }

        var digits = i;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > i && digits < text.Length && text[digits] is '.' or ')' && EndsMarker(text, digits + 1) ? digits : -1;
    }

    /// <summary>True at the end of the text or of a line, or before a space or tab.</summary>
    private static bool EndsMarker(ReadOnlySpan<char> text, int next) => next >= text.Length || text[next] is ' ' or '\t' or '\n' or '\r';
}
