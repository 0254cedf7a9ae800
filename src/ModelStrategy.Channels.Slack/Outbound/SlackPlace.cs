using System.Text.Json;
using ModelStrategy.Channels.Slack.Inbound;

namespace ModelStrategy.Channels.Slack.Outbound;

/// <summary>Where a message goes: a conversation and, for a reply in a thread, the thread's root ts.</summary>
/// <param name="Channel">The conversation id (C…, G…, D…).</param>
/// <param name="ThreadTs">The thread's root message ts; null for a top-level message.</param>
internal sealed record SlackPlace(string Channel, string? ThreadTs)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The stored form (kept with a review reminder, to post there later).</summary>
    public string Encode() => JsonSerializer.Serialize(this, Json);

    /// <summary>A place from its stored form; null when it is not one with well-formed ids.</summary>
    public static SlackPlace? Decode(string? stored)
    {
        try
        {
            return string.IsNullOrEmpty(stored) ? null
                : JsonSerializer.Deserialize<SlackPlace>(stored, Json) is { } place && SlackIds.IsWellFormed(place.Channel)
                  && (place.ThreadTs is null || SlackIds.IsWellFormed(place.ThreadTs)) ? place : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
