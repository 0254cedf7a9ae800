using System.Text.Json;
using ModelStrategy.Channels.Slack.Inbound;
using ModelStrategy.Channels.Slack.Outbound;

namespace ModelStrategy.Channels.Slack.Events;

/// <summary>
/// Reads a <c>link_shared</c> event (a link to one of the app's unfurl domains was posted, or typed in the composer):
/// where the previews go and the links, at most <see cref="MaxLinks"/> distinct ones. An event without a well-formed
/// channel and message ts, or without links, is ignored.
/// </summary>
internal static class LinkSharedReader
{
    public const string EventType = "link_shared";

    /// <summary>The most links of one message that get a preview (Slack itself previews at most five per message).</summary>
    public const int MaxLinks = 5;

    /// <summary>The longest link considered (Slack's own URLs are far shorter; a report link is under 100 characters).</summary>
    public const int MaxUrlLength = 2048;

    public static EventReading Read(JsonElement inner)
    {
        var channel = inner.String("channel");
        var messageTs = inner.String("message_ts");
        var unfurlId = inner.String("unfurl_id");
        var source = inner.String("source");
        if (!SlackIds.AreWellFormed(channel, messageTs) || (unfurlId is not null && !SlackIds.IsWellFormed(unfurlId))
            || (source is not null && source is not ("composer" or "conversations_history")))
        {
            return new EventReading(null, "link_shared without a well-formed channel, message_ts, unfurl_id or source");
        }

        var links = Links(inner);
        if (links.Count == 0)
        {
            return new EventReading(null, "link_shared without links");
        }

        var target = new SlackUnfurlTarget(channel!, messageTs!, unfurlId, unfurlId is null ? null : source);
        return new EventReading(new UnfurlWork(target, links), EventType);
    }

    private static List<string> Links(JsonElement inner)
    {
        if (inner.At("links") is not { ValueKind: JsonValueKind.Array } links)
        {
            return [];
        }

        return [.. links.EnumerateArray()
            .Select(link => link.ValueKind == JsonValueKind.Object ? link.String("url") : null)
            .OfType<string>()
            .Where(url => url.Length is > 0 and <= MaxUrlLength)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxLinks)];
    }
}
