using Microsoft.Extensions.Logging;

namespace ModelStrategy.Channels.Slack.Tests.TestSupport;

/// <summary>A logger provider that keeps every formatted message (and exception text) for assertions.</summary>
internal sealed class ListLoggerProvider : ILoggerProvider
{
    private readonly List<(LogLevel Level, string Text)> _entries = [];

    public IReadOnlyList<(LogLevel Level, string Text)> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public string All => string.Join("\n", Entries.Select(e => e.Text));

    public ILogger CreateLogger(string categoryName) => new ListLogger(this);

    public void Dispose()
    {
    }

    private void Add(LogLevel level, string text)
    {
        lock (_entries)
        {
            _entries.Add((level, text));
        }
    }

    private sealed class ListLogger(ListLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Add(logLevel, formatter(state, exception) + (exception is null ? string.Empty : " | " + exception));
    }
}
