using Microsoft.Extensions.Logging;

namespace ModelStrategy.Channels.Teams;

/// <summary>The Teams channel's log messages. Never log tokens, secrets, activity bodies or user text.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Teams request rejected: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string reason);

    [LoggerMessage(EventId = 102, Level = LogLevel.Debug, Message = "Teams activity {Type} accepted ({Reason})")]
    public static partial void Accepted(ILogger logger, string type, string reason);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "Bot Connector {Operation} → {Status} (operation id {OperationId})")]
    public static partial void ConnectorCall(ILogger logger, string operation, int status, string? operationId);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Bot Connector {Operation} failed; the reply was not delivered")]
    public static partial void SendFailed(ILogger logger, Exception exception, string operation);

    [LoggerMessage(EventId = 105, Level = LogLevel.Debug, Message = "Teams request body rejected: {Reason}")]
    public static partial void BadRequest(ILogger logger, string reason);

    [LoggerMessage(EventId = 106, Level = LogLevel.Debug, Message = "Teams activity {Type} ignored")]
    public static partial void Ignored(ILogger logger, string type);

    [LoggerMessage(EventId = 107, Level = LogLevel.Warning, Message = "Teams activity {Type} refused: tenant {TenantId} is over its rate limit (retry after {RetryAfterSeconds} s)")]
    public static partial void OverRateLimit(ILogger logger, string type, string tenantId, int retryAfterSeconds);

    [LoggerMessage(EventId = 108, Level = LogLevel.Information, Message = "Teams over-limit notice sent; further activities of this conversation are acknowledged silently for a while")]
    public static partial void RateLimitNoticeSent(ILogger logger);

    [LoggerMessage(EventId = 109, Level = LogLevel.Warning, Message = "DEVELOPMENT MODE: /api/messages accepts UNSIGNED Teams activities from loopback (no Teams:AppId). "
        + "Never expose this port through a proxy or tunnel: their callers arrive from loopback. Set Teams__AppId for anything else")]
    public static partial void UnauthenticatedLoopback(ILogger logger);

    [LoggerMessage(EventId = 110, Level = LogLevel.Warning, Message = "The Teams endpoint refuses every request: {Reason}")]
    public static partial void TeamsRefusing(ILogger logger, string reason);

    [LoggerMessage(EventId = 111, Level = LogLevel.Information, Message = "The Teams endpoint requires Bot Framework tokens ({AllowedTenants} allowed tenants; 0 = any)")]
    public static partial void TeamsTokens(ILogger logger, int allowedTenants);

    [LoggerMessage(EventId = 112, Level = LogLevel.Warning, Message = "Teams activity {Type} refused: tenant {TenantId} is not in Teams:AllowedTenants")]
    public static partial void TenantNotAllowed(ILogger logger, string type, string tenantId);

    [LoggerMessage(EventId = 113, Level = LogLevel.Warning, Message = "A due review was not posted: its stored address is not one the bot may send to (serviceUrl outside Teams:ServiceUrlHosts, or unreadable)")]
    public static partial void ReviewAddressRefused(ILogger logger);

    [LoggerMessage(EventId = 120, Level = LogLevel.Debug, Message = "Teams link preview not given: not a report of this host and tenant")]
    public static partial void UnfurlRefused(ILogger logger);

    [LoggerMessage(EventId = 121, Level = LogLevel.Debug, Message = "Teams message extension command {CommandId} answered with {Answer}")]
    public static partial void MessageExtension(ILogger logger, string commandId, string answer);
}
