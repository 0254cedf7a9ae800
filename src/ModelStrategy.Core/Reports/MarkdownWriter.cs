using System.Text;

namespace ModelStrategy.Core.Reports;

/// <summary>
/// Writes CommonMark/GitHub-flavoured Markdown where every value is text: characters that would start a link, an
/// emphasis, HTML, a table cell or a nested block are backslash-escaped, and line breaks inside a value become spaces.
/// </summary>
internal sealed class MarkdownWriter
{
    private const string Escaped = "\\`*_[]<>|#~&$"; // $: GitHub would read "$33k–$143k" as math

    private readonly StringBuilder _text = new();

    public MarkdownWriter Heading(int level, string text)
    {
        Blank();
        _text.Append('#', level).Append(' ').Append(Inline(text)).Append('\n');
        return Blank();
    }

    public MarkdownWriter Paragraph(string text)
    {
        _text.Append(Inline(text)).Append('\n');
        return Blank();
    }

    /// <summary>"**Label:** value" as its own paragraph line (two spaces keep consecutive facts on separate lines).</summary>
    public MarkdownWriter Fact(string label, string value)
    {
        _text.Append("**").Append(Inline(label)).Append(":** ").Append(Inline(value)).Append("  \n");
        return this;
    }

    public MarkdownWriter Bullets(IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            _text.Append("- ").Append(Inline(item)).Append('\n');
        }

        return Blank();
    }

    public MarkdownWriter Quote(string text)
    {
        _text.Append("> ").Append(Inline(text)).Append('\n');
        return Blank();
    }

    public MarkdownWriter Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        Row(headers);
        _text.Append('|');
        foreach (var _ in headers)
        {
            _text.Append(" --- |");
        }

        _text.Append('\n');
        foreach (var row in rows)
        {
            Row(row);
        }

        return Blank();
    }

    /// <summary>A link whose address we built (a report URL); the label is escaped, the address must be absolute http(s).</summary>
    public MarkdownWriter Link(string label, string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        {
            _text.Append('[').Append(Inline(label)).Append("](<").Append(uri.AbsoluteUri).Append(">)\n");
            Blank();
        }

        return this;
    }

    public MarkdownWriter Blank()
    {
        if (_text.Length > 0 && !EndsWith("\n\n"))
        {
            _text.Append('\n');
        }

        return this;
    }

    public override string ToString() => _text.ToString().TrimEnd('\n') + "\n";

    /// <summary>A value as inline text: escaped, on one line, never starting a block (list, heading, quote).</summary>
    public static string Inline(string text)
    {
        var line = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\t')
            {
                line.Append(' ');
            }
            else if (char.IsControl(c))
            {
                continue;
            }
            else
            {
                if (Escaped.Contains(c, StringComparison.Ordinal))
                {
                    line.Append('\\');
                }

                line.Append(c);
            }
        }

        return EscapeBlockStart(line.ToString().Trim());
    }

    private void Row(IReadOnlyList<string> cells)
    {
        _text.Append('|');
        foreach (var cell in cells)
        {
            _text.Append(' ').Append(Inline(cell)).Append(" |");
        }

        _text.Append('\n');
    }

    // "- x", "+ x", "1. x", "1) x" or a line of "=" at the start of a list item would nest a list or make a heading.
    private static string EscapeBlockStart(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var markerEnd = text.Length == 1 || text[1] == ' ';
        if ((text[0] is '-' or '+' && markerEnd) || text.All(c => c == '='))
        {
            return "\\" + text;
        }

        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        var ordered = digits is > 0 and <= 9 && digits < text.Length && text[digits] is '.' or ')'
            && (digits + 1 == text.Length || text[digits + 1] == ' ');
        return ordered ? text[..digits] + "\\" + text[digits..] : text;
    }

    private bool EndsWith(string suffix) =>
        _text.Length >= suffix.Length && _text.ToString(_text.Length - suffix.Length, suffix.Length) == suffix;
}
