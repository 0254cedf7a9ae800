using System.Text.Json;
using System.Text.Json.Nodes;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Inbound;

namespace ModelStrategy.Channels.Slack.Interactions;

/// <summary>
/// Where the modal was opened from, carried in the view's private_metadata (≤ 3,000 characters) so the result can be
/// posted there: the command's channel, the user, and its response_url for when the bot may not post in the channel.
/// </summary>
internal sealed record ModalOrigin(string ChannelId, string UserId, string? ResponseUrl)
{
    /// <summary>The compact JSON for private_metadata; the response_url is left out if it would not fit.</summary>
    public string ToMetadata()
    {
        var json = new JsonObject { ["c"] = ChannelId, ["u"] = UserId, ["r"] = ResponseUrl }.ToJsonString();
        return json.Length <= BlockKitLimits.PrivateMetadata || ResponseUrl is null ? json : (this with { ResponseUrl = null }).ToMetadata();
    }

    /// <summary>The origin read back from a submission; null when the metadata is not ours.</summary>
    public static ModalOrigin? FromMetadata(string? metadata)
    {
        if (string.IsNullOrEmpty(metadata) || metadata.Length > BlockKitLimits.PrivateMetadata)
        {
            return null;
        }

        using var document = SlackJson.ParseObject(System.Text.Encoding.UTF8.GetBytes(metadata));
        if (document?.RootElement is not { } root || root.String("c") is not { } channel || root.String("u") is not { } user)
        {
            return null;
        }

        return new ModalOrigin(channel, user, root.At("r") is { ValueKind: JsonValueKind.String } r ? r.GetString() : null);
    }
}
