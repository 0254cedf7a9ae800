using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ModelStrategy.Channels.Slack;

/// <summary>
/// The Slack channel's log messages. Never log the signing secret, the bot token, signatures, request or message
/// bodies, or user text: method names, error codes, ids and counts only.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 201, Level = LogLevel.Error,
        Message = "Slack requests are refused: no signing secret is configured (set Slack__SigningSecret)")]
    public static partial void NoSigningSecret(ILogger logger);

    [LoggerMessage(EventId = 202, Level = LogLevel.Warning, Message = "Slack request to {Path} rejected: {Reason}")]
    public static partial void Unauthorized(ILogger logger, PathString path, string reason);

    [LoggerMessage(EventId = 203, Level = LogLevel.Debug, Message = "Slack request to {Path} rejected as bad: {Reason}")]
    public static partial void BadRequest(ILogger logger, PathString path, string reason);

    [LoggerMessage(EventId = 204, Level = LogLevel.Debug, Message = "Slack {Kind} ignored: {Reason}")]
    public static partial void Ignored(ILogger logger, string kind, string reason);

    [LoggerMessage(EventId = 205, Level = LogLevel.Information, Message = "Slack delivery {DeliveryKey} already taken on (retry {RetryNum}); dropped")]
    public static partial void Repeat(ILogger logger, string deliveryKey, string retryNum);

    [LoggerMessage(EventId = 206, Level = LogLevel.Warning, Message = "Slack work queue is full; {DeliveryKey} stays in the inbox for a worker with room")]
    public static partial void QueueFull(ILogger logger, string deliveryKey);

    [LoggerMessage(EventId = 207, Level = LogLevel.Debug, Message = "Slack Web API {Method} → HTTP {Status}")]
    public static partial void ApiCall(ILogger logger, string method, int status);

    [LoggerMessage(EventId = 208, Level = LogLevel.Warning, Message = "Slack Web API {Method} failed: {Error}")]
    public static partial void ApiError(ILogger logger, string method, string error);

    [LoggerMessage(EventId = 209, Level = LogLevel.Warning, Message = "Slack {Operation} failed; the reply was not delivered")]
    public static partial void SendFailed(ILogger logger, Exception exception, string operation);

    [LoggerMessage(EventId = 210, Level = LogLevel.Error, Message = "Slack work item {Work} failed")]
    public static partial void WorkFailed(ILogger logger, Exception exception, string work);

    [LoggerMessage(EventId = 211, Level = LogLevel.Warning, Message = "Slack response_url refused: not a Slack hooks address")]
    public static partial void UntrustedResponseUrl(ILogger logger);

    [LoggerMessage(EventId = 212, Level = LogLevel.Warning, Message = "Slack app is rate limited for events ({MinuteRateLimited})")]
    public static partial void AppRateLimited(ILogger logger, string minuteRateLimited);

    [LoggerMessage(EventId = 213, Level = LogLevel.Debug, Message = "Slack Web API {Method} warnings: {Warnings}")]
    public static partial void ApiWarnings(ILogger logger, string method, System.Text.Json.JsonElement warnings);

    [LoggerMessage(EventId = 214, Level = LogLevel.Information, Message = "Slack inbox item {InboxKey} taken up again (attempt {Attempt})")]
    public static partial void InboxResumed(ILogger logger, string inboxKey, int attempt);

    [LoggerMessage(EventId = 215, Level = LogLevel.Warning, Message = "Slack inbox item {InboxKey} holds no work it can read; dropped")]
    public static partial void InboxUnreadable(ILogger logger, string inboxKey);

    [LoggerMessage(EventId = 216, Level = LogLevel.Error, Message = "Slack inbox item {InboxKey} failed {Attempt} times; given up")]
    public static partial void InboxGaveUp(ILogger logger, string inboxKey, int attempt);

    [LoggerMessage(EventId = 217, Level = LogLevel.Warning, Message = "Slack inbox {Operation} failed; the item stays leased until its lease runs out")]
    public static partial void InboxFailed(ILogger logger, Exception exception, string operation);

    [LoggerMessage(EventId = 218, Level = LogLevel.Information, Message = "Slack worker draining: {InboxKey} released for the next instance")]
    public static partial void InboxReleased(ILogger logger, string inboxKey);

    [LoggerMessage(EventId = 219, Level = LogLevel.Warning, Message = "Slack request to {Path} dropped: team {TeamId} is over its rate limit (retry after {RetryAfterSeconds} s)")]
    public static partial void OverRateLimit(ILogger logger, PathString path, string teamId, int retryAfterSeconds);

    [LoggerMessage(EventId = 220, Level = LogLevel.Debug, Message = "Slack request to {Path} verified")]
    public static partial void Verified(ILogger logger, PathString path);

    [LoggerMessage(EventId = 221, Level = LogLevel.Information, Message = "Slack over-limit notice queued for a request to {Path}; further requests from its channel are dropped silently for a while")]
    public static partial void RateLimitNoticeQueued(ILogger logger, PathString path);

    [LoggerMessage(EventId = 222, Level = LogLevel.Warning, Message = "Slack request to {Path} dropped: team {TeamId} is not in Slack:AllowedTeams")]
    public static partial void TeamNotAllowed(ILogger logger, PathString path, string teamId);

    [LoggerMessage(EventId = 223, Level = LogLevel.Information, Message = "Slack inbox: {Count} items held by an ended process on this machine taken over at start-up")]
    public static partial void InboxOfEndedInstance(ILogger logger, int count);

    [LoggerMessage(EventId = 224, Level = LogLevel.Warning, Message = "A due review was not posted: its stored Slack place is unreadable")]
    public static partial void ReviewAddressUnreadable(ILogger logger);
}
