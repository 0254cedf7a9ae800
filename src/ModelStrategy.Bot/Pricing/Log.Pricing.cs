namespace ModelStrategy.Bot;

/// <summary>The price book's log messages (event ids 1900–1919). Entry names and values are the operator's, never user text.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1900, Level = LogLevel.Information, Message = "Prices: built-in {Book}; set Pricing:File to use your own")]
    public static partial void PricesBuiltIn(ILogger logger, string book);

    [LoggerMessage(EventId = 1901, Level = LogLevel.Information, Message = "Prices: {Book} loaded from {Path}; {Changed} price(s) differ from the built-in book")]
    public static partial void PricesLoaded(ILogger logger, string book, string path, int changed);

    [LoggerMessage(EventId = 1902, Level = LogLevel.Error, Message = "Price file {Path} not used, {Book} stays in force: {Problems}")]
    public static partial void PricesRejected(ILogger logger, string path, string book, string problems);

    [LoggerMessage(EventId = 1903, Level = LogLevel.Error, Message = "Price file check failed; the book in force stays")]
    public static partial void PricesCheckFailed(ILogger logger, Exception exception);
}
