using System.Text.Json.Nodes;
using ModelStrategy.Channels.Slack.Blocks;

namespace ModelStrategy.Channels.Slack.Outbound;

/// <summary>
/// The Slack Web API calls and response_url posts the bot makes. Every method throws <see cref="SlackApiException"/>
/// when Slack refuses (ok:false or an HTTP error after the retries the policies allow).
/// </summary>
internal interface ISlackApiClient
{
    /// <summary>chat.postMessage; returns the new message's ts.</summary>
    Task<string> PostMessageAsync(SlackPlace place, SlackMessageContent content, CancellationToken cancellationToken);

    /// <summary>chat.postEphemeral: a message only <paramref name="userId"/> sees.</summary>
    Task PostEphemeralAsync(SlackPlace place, string userId, SlackMessageContent content, CancellationToken cancellationToken);

    /// <summary>chat.update: replaces the message <paramref name="ts"/> in <paramref name="channel"/>.</summary>
    Task UpdateMessageAsync(string channel, string ts, SlackMessageContent content, CancellationToken cancellationToken);

    /// <summary>views.open with a trigger_id (valid for about 3 s); returns the view id.</summary>
    Task<string?> OpenViewAsync(string triggerId, JsonObject view, CancellationToken cancellationToken);

    /// <summary>views.update of an open view, guarded by its hash when given.</summary>
    Task UpdateViewAsync(string viewId, JsonObject view, string? hash, CancellationToken cancellationToken);

    /// <summary>chat.unfurl: the previews of links in one message (or in the composer), keyed by URL exactly as Slack sent it.</summary>
    Task UnfurlAsync(SlackUnfurlTarget target, IReadOnlyDictionary<string, JsonArray> blocksByUrl, CancellationToken cancellationToken);

    /// <summary>views.publish: the Home tab <paramref name="userId"/> sees.</summary>
    Task PublishViewAsync(string userId, JsonObject view, CancellationToken cancellationToken);

    /// <summary>Posts a message to a response_url (no token), after checking the URL is Slack's.</summary>
    Task RespondAsync(string responseUrl, SlackResponse response, CancellationToken cancellationToken);
}

/// <summary>A message for a response_url.</summary>
/// <param name="Content">The text and blocks.</param>
/// <param name="InChannel">True posts it for everyone (<c>in_channel</c>); false only for the user (<c>ephemeral</c>).</param>
/// <param name="ReplaceOriginal">True replaces the message the interaction came from.</param>
internal sealed record SlackResponse(SlackMessageContent Content, bool InChannel, bool ReplaceOriginal = false);

/// <summary>
/// Where link previews go: the posted message (<paramref name="Channel"/> and <paramref name="MessageTs"/>), or, when
/// Slack gave one, the link_shared event's <paramref name="UnfurlId"/> and <paramref name="Source"/> (which also reach a
/// link still in the composer).
/// </summary>
internal sealed record SlackUnfurlTarget(string Channel, string MessageTs, string? UnfurlId, string? Source);
