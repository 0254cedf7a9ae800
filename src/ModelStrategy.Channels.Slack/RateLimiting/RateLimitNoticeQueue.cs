using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Slack.Events;
using ModelStrategy.Channels.Slack.Inbound;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Work;
using ModelStrategy.Core.ChannelSupport.RateLimiting;

namespace ModelStrategy.Channels.Slack.RateLimiting;

/// <summary>
/// Over its team's limit, a slash command or a modal submission hears "slow down" in Slack's synchronous answer
/// (<see cref="RateLimitReplies"/>), but a message or a button click has no such answer. For those this queues a
/// <see cref="RateLimitNoticeWork"/>: a post where the message was, or an ephemeral answer to the click, once per team
/// and channel per <see cref="RateLimitNotices.Window"/>, then silence, so a flood never becomes an outbound flood.
/// Only what the bot would have answered gets a notice (an answerable message event, a click on a message with a
/// response_url); a notice that finds the work queue full is dropped.
/// </summary>
internal sealed class RateLimitNoticeQueue(RateLimitNotices notices, ISlackWorkQueue queue, ILogger<RateLimitNoticeQueue> logger)
{
    /// <summary>Queues a notice for the verified, over-limit request when it is due.</summary>
    /// <param name="path">The endpoint the request came to.</param>
    /// <param name="body">The raw verified body.</param>
    /// <param name="teamId">The request's workspace (null: unknown, no notice).</param>
    /// <param name="decision">The limiter's refusal, for the wait it names.</param>
    public void Offer(PathString path, byte[] body, string? teamId, RateLimitDecision decision)
    {
        if (teamId is null)
        {
            return;
        }

        var target = path == SlackChannelEndpointRouteBuilderExtensions.EventsRoute ? FromEvent(body)
            : path == SlackChannelEndpointRouteBuilderExtensions.InteractionsRoute ? FromClick(body)
            : null;
        if (target is null || !notices.TryClaim($"slack:{teamId}:{target.Value.Channel}"))
        {
            return;
        }

        if (queue.TryEnqueue(new RateLimitNoticeWork(RateLimitReplies.Text(decision), target.Value.Place, target.Value.ResponseUrl)))
        {
            Log.RateLimitNoticeQueued(logger, path);
        }
    }

    private static Target? FromEvent(byte[] body)
    {
        using var document = SlackJson.ParseObject(body);
        if (document?.RootElement is not { } root || root.String("type") != "event_callback" || root.At("event") is not { ValueKind: JsonValueKind.Object })
        {
            return null;
        }

        return EventReader.Read(root).Work is DialogMessageWork message ? new Target(message.Place.Channel, message.Place, null) : null;
    }

    private static Target? FromClick(byte[] body)
    {
        using var document = SlackJson.ParseInteraction(body);
        if (document?.RootElement is not { } root || root.String("type") != "block_actions" || root.String("response_url") is not { } responseUrl)
        {
            return null;
        }

        var channel = root.String("container", "channel_id") ?? root.String("channel", "id");
        return channel is not null && SlackIds.IsWellFormed(channel) ? new Target(channel, null, responseUrl) : null;
    }

    private readonly record struct Target(string Channel, SlackPlace? Place, string? ResponseUrl);
}
