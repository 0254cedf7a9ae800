using System.Text.RegularExpressions;

namespace ModelStrategy.Channels.Slack.Inbound;

/// <summary>Turns a message's Slack-formatted text into what the user typed: mentions removed, entities decoded.</summary>
internal static partial class SlackText
{
    /// <summary>
    /// Removes user mentions (<c>&lt;@U123&gt;</c>, <c>&lt;@U123|name&gt;</c>) and decodes the three entities Slack
    /// escapes (<c>&amp;amp; &amp;lt; &amp;gt;</c>), so "under &amp;lt;200 ms" reads as typed.
    /// </summary>
    public static string Typed(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var withoutMentions = Mention().Replace(text, " ");
        var decoded = withoutMentions.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
        return Spaces().Replace(decoded, " ").Trim();
    }

    [GeneratedRegex(@"<@[A-Z0-9]+(?:\|[^<>]*)?>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Mention();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Spaces();
}
