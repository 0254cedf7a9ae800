using System.Net;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ModelStrategy.Storage;

/// <summary>The storage log messages. Never log a connection string (it may hold a password) or stored payloads.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Redis store: connecting to {EndPoints} (keys prefixed \"{Prefix}\")")]
    public static partial void RedisConnecting(ILogger logger, EndPointCollection endPoints, string prefix);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Redis connection to {EndPoint} lost ({FailureType}); retrying in the background")]
    public static partial void RedisConnectionLost(ILogger logger, EndPoint? endPoint, ConnectionFailureType failureType);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Redis connection to {EndPoint} restored")]
    public static partial void RedisConnectionRestored(ILogger logger, EndPoint? endPoint);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Redis store not ready: {Reason}")]
    public static partial void RedisNotReady(ILogger logger, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Recommendation retention: deleted {Deleted} expired recommendations in {Batches} batches, reclaimed {Pages} free pages")]
    public static partial void RecommendationsExpired(ILogger logger, int deleted, int batches, long pages);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Recommendation retention sweep failed; it runs again at the next interval")]
    public static partial void RetentionSweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Retention sweep: removed {Evicted} of the oldest recommendations to stay within Storage:RecommendationSpaceMegabytes, and {Conversations} conversations past Storage:ConversationRetention")]
    public static partial void SweptToBound(ILogger logger, int evicted, int conversations);
}
