using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Bot;

/// <summary>The review reminders' log messages (event ids 2000–2019): ids and channels, never the teams' words.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Review {ReminderId} ({Channel}, attempt {Attempt}): {Outcome}")]
    public static partial void ReviewRun(ILogger logger, string reminderId, string channel, int attempt, ReviewOutcome outcome);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Review {ReminderId} ({Channel}, attempt {Attempt}): {Outcome} after {Error}")]
    public static partial void ReviewFailed(ILogger logger, string reminderId, string channel, int attempt, ReviewOutcome outcome, string error);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "Due reviews could not be read; trying again every {Interval}")]
    public static partial void ReviewsUnreachable(ILogger logger, Exception exception, TimeSpan interval);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Due reviews can be read again")]
    public static partial void ReviewsReachable(ILogger logger);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "DEVELOPMENT MODE: a review month lasts {MonthLength} (Reviews:MonthLength), so reviews come due early. Unset it for calendar months")]
    public static partial void ReviewMonthShortened(ILogger logger, TimeSpan monthLength);
}
