using ModelStrategy.Core.Paths;

namespace ModelStrategy.Bot;

/// <summary>The host's log messages. Never log request bodies, texts or credentials.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Recommendation {RecommendationId} stored (path {Path})")]
    public static partial void RecommendationStored(ILogger logger, string recommendationId, PathId path);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Recommendation request rejected: {Reason}")]
    public static partial void RequestRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Recommendation request rejected: {Count} invalid field(s)")]
    public static partial void FieldsRejected(ILogger logger, int count);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Quick-triage parser ready ({Understood} fields understood in the warm-up text)")]
    public static partial void TriageWarmedUp(ILogger logger, int understood);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "Report ({MediaType}) not found: unknown or malformed id")]
    public static partial void ReportNotFound(ILogger logger, string mediaType);
}
