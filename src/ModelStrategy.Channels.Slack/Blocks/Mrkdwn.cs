using System.Buffers;
using System.Text;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>
/// Slack's text rules: in mrkdwn (and the message <c>text</c>) the characters &amp;, &lt; and &gt; are control
/// characters, so every value we did not write is escaped and can never become a link, a mention or @channel.
/// mrkdwn has no escape for its formatting marks (<c>*bold*</c>, <c>_italic_</c>, <c>~strike~</c>, <c>`code`</c>), so
/// in such values each is replaced by a look-alike that Slack does not read as one (∗ ˍ ∼ ˋ): the text reads the same
/// and never turns bold, italic, struck or code. Text over a limit is cut on a character boundary (never inside an
/// escape or a surrogate pair) and ends in "…".
/// </summary>
internal static class Mrkdwn
{
    /// <summary>The ellipsis a cut text ends with.</summary>
    public const string Ellipsis = "…";

    private static readonly SearchValues<char> Special = SearchValues.Create("&<>*_~`");

    /// <summary><paramref name="text"/> with &amp;, &lt; and &gt; escaped as Slack asks and the formatting marks replaced.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!text.AsSpan().ContainsAny(Special))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '*' => "∗", // U+2217 ASTERISK OPERATOR
                '_' => "ˍ", // U+02CD MODIFIER LETTER LOW MACRON
                '~' => "∼", // U+223C TILDE OPERATOR
                '`' => "ˋ", // U+02CB MODIFIER LETTER GRAVE ACCENT
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>Escaped, then cut to <paramref name="max"/> characters.</summary>
    public static string EscapeAndFit(string? text, int max) => Fit(Escape(text), max);

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="max"/> characters with an ellipsis; a cut never splits an
    /// escape such as <c>&amp;amp;</c> or a surrogate pair.
    /// </summary>
    public static string Fit(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - Ellipsis.Length;
        if (cut <= 0)
        {
            return Ellipsis;
        }

        var entity = text.LastIndexOf('&', cut - 1, Math.Min(cut, 5));
        if (entity >= 0 && text.IndexOf(';', entity) >= cut)
        {
            cut = entity;
        }

        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + Ellipsis;
    }

    /// <summary>Plain text (header, button, option, label): no escaping, only the length limit.</summary>
    public static string Plain(string? text, int max) => Fit(string.IsNullOrWhiteSpace(text) ? Ellipsis : text.Trim(), max);

    /// <summary>A mrkdwn link whose label is escaped and whose URL cannot close the link early.</summary>
    public static string Link(Uri url, string label)
    {
        var href = url.AbsoluteUri.Replace("|", "%7C", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);
        return $"<{href}|{Escape(label)}>";
    }

    /// <summary>"• a\n• b" from escaped items.</summary>
    public static string Bullets(IEnumerable<string> items) => string.Join("\n", items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => "• " + Escape(i)));
}
