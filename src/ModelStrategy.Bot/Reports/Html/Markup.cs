using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ModelStrategy.Bot.Reports.Html;

/// <summary>
/// Writes polyglot HTML/XHTML: every element is closed, every attribute quoted, and every value goes through
/// <see cref="HtmlEncoder"/> after characters XML forbids are replaced, so the page parses as XML and no value can
/// become markup. Element and attribute names are our own constants, never input.
/// </summary>
internal sealed class Markup
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new(64 * 1024);
    private readonly Stack<string> _open = new();

    /// <summary>Opens an element; attributes with a null value are left out.</summary>
    public Markup Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        _html.Append('>');
        _open.Push(tag);
        return this;
    }

    /// <summary>Closes the innermost open element.</summary>
    public Markup Close()
    {
        _html.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    /// <summary>An element holding only text: &lt;td&gt;text&lt;/td&gt;.</summary>
    public Markup Leaf(string tag, string text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        _html.Append('>');
        Text(text);
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element without content, self-closed (HTML void elements and SVG shapes only).</summary>
    public Markup Empty(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        _html.Append(" />");
        return this;
    }

    /// <summary>Encoded text.</summary>
    public Markup Text(string text)
    {
        _html.Append(Encoder.Encode(XmlSafe(text)));
        return this;
    }

    /// <summary>A style sheet of our own (a constant, never input); it must not contain '&lt;' or '&amp;'.</summary>
    public Markup Style(string css)
    {
        if (css.Contains('<', StringComparison.Ordinal) || css.Contains('&', StringComparison.Ordinal))
        {
            throw new ArgumentException("A style sheet must not contain '<' or '&'.", nameof(css));
        }

        _html.Append("<style>").Append(css).Append("</style>");
        return this;
    }

    /// <summary>Appends a line break between blocks, for readable source.</summary>
    public Markup Line()
    {
        _html.Append('\n');
        return this;
    }

    /// <summary>The document; every element must be closed.</summary>
    public override string ToString() => _open.Count == 0
        ? _html.ToString()
        : throw new InvalidOperationException($"Unclosed elements: {string.Join(", ", _open)}.");

    /// <summary>A number for an SVG attribute: invariant, at most two decimals.</summary>
    public static string Number(double value) => double.IsFinite(value) ? Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture) : "0";

    /// <summary>A number as data for readers and tests: invariant and exact (shortest round-trip form).</summary>
    public static string Exact(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "0";

    /// <summary>Replaces the characters XML 1.0 does not allow (controls other than tab and line breaks) with U+FFFD.</summary>
    public static string XmlSafe(string text)
    {
        if (!text.Any(IsForbidden))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = IsForbidden(source[i]) ? '\uFFFD' : source[i];
            }
        });
    }

    private static bool IsForbidden(char c) => (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF';

    private void StartTag(string tag, ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _html.Append(' ').Append(name).Append("=\"");
            _html.Append(Encoder.Encode(XmlSafe(value))).Append('"');
        }
    }
}
