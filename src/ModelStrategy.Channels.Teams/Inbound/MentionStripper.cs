using System.Net;
using System.Text.RegularExpressions;

namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>Removes the bot's @mention (found through the entities, not the text) and the tags around other mentions.</summary>
internal static partial class MentionStripper
{
    public static string Strip(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var entity in activity.Entities ?? [])
        {
            if (JsonText.At(entity, "type") != "mention")
            {
                continue;
            }

            var mentionedId = JsonText.At(entity, "mentioned", "id");
            if (mentionedId is null || !string.Equals(mentionedId, activity.Recipient?.Id, StringComparison.Ordinal))
            {
                continue;
            }

            var mentionText = JsonText.At(entity, "text") ?? $"<at>{JsonText.At(entity, "mentioned", "name")}</at>";
            text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
        }

        text = OtherMention().Replace(text, "$1 ");
        text = WebUtility.HtmlDecode(text).Replace('\u00a0', ' ');
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<at[^>]*>(.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 200)]
    private static partial Regex OtherMention();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Whitespace();
}
