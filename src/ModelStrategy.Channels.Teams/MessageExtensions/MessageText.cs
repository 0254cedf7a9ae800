using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ModelStrategy.Channels.Teams.MessageExtensions;

/// <summary>
/// The plain text of a Teams message body (<c>messagePayload.body</c>: HTML, or text): block ends and line breaks become
/// new lines, script and style content is dropped, every other tag is removed (a mention keeps its name), entities are
/// decoded and blank runs collapsed. The result is only ever read by the triage parser or shown as an input's value,
/// never rendered as markup.
/// </summary>
internal static partial class MessageText
{
    /// <summary>The plain text of <paramref name="content"/> of type <paramref name="contentType"/> ("html" or "text").</summary>
    public static string Plain(string? content, string? contentType)
    {
        if (string.IsNullOrEmpty(content))
        {
            return string.Empty;
        }

        if (!string.Equals(contentType, "html", StringComparison.OrdinalIgnoreCase))
        {
            return Tidy(content);
        }

        var text = Hidden().Replace(content, " ");
        text = Breaks().Replace(text, "\n");
        text = Tags().Replace(text, string.Empty);
        return Tidy(WebUtility.HtmlDecode(text));
    }

    private static string Tidy(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0);
        var joined = new StringBuilder();
        foreach (var line in lines)
        {
            joined.Append(joined.Length > 0 ? "\n" : string.Empty).Append(line);
        }

        return joined.ToString();
    }

    // NonBacktracking: linear in the length of the (untrusted) body whatever its shape.
    [GeneratedRegex(@"<script\b[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<br\s*/?>|</(p|div|li|h[1-6]|tr|blockquote|pre)\s*>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Breaks();

    [GeneratedRegex(@"<[^>]*(?:>|$)", RegexOptions.NonBacktracking)]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\u00a0]+", RegexOptions.NonBacktracking)]
    private static partial Regex Spaces();
}
