using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ModelStrategy.Bot.Tests.TestSupport;

/// <summary>
/// Keeps every log entry the host writes, so that a test can assert what was (not) logged and at what level, and
/// what text (message and exception) reaches logs.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> _entries = new();

    public IReadOnlyList<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries => [.. _entries];

    /// <summary>Each entry's formatted message, followed by its exception's text if it has one.</summary>
    public IReadOnlyCollection<string> Messages =>
        [.. _entries.Select(e => e.Message + (e.Exception is null ? string.Empty : Environment.NewLine + e.Exception))];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel, string, Exception?)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            entries.Enqueue((category, logLevel, formatter(state, exception), exception));
        }
    }
}
