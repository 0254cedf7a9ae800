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

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "Report ({MediaType}) requested: {Verdict}")]
    public static partial void ReportAccess(ILogger logger, string mediaType, Reports.Access.ReportVerdict verdict);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Reports open through links that expire after {Days} days; holders see them without the project's own words (Reports:Access=Link)")]
    public static partial void ReportsByLink(ILogger logger, double days);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Reports open to signed-in members of the tenant or workspace they were made in (Reports:Access=SignIn; Microsoft sign-in: {Microsoft}, Slack sign-in: {Slack})")]
    public static partial void ReportsBySignIn(ILogger logger, bool microsoft, bool slack);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Reports made in {Platform} cannot be opened: nobody can sign in with it until {Setting} is set")]
    public static partial void SignInMissing(ILogger logger, string platform, string setting);
}
