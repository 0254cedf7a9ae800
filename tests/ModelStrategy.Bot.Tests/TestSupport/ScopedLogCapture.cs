using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ModelStrategy.Bot.Tests.TestSupport;

/// <summary>
/// Keeps every log line with its scopes rendered as <c>Key=Value</c> pairs, as a console logger with IncludeScopes
/// writes them, so tests can check both what a line is tagged with and that no secret reaches any part of it.
/// </summary>
public sealed class ScopedLogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(ScopedLogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            owner._scopes.ForEachScope((scope, list) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object>> pairs)
                {
                    list.AddRange(pairs.Select(p => $"{p.Key}={p.Value}"));
                }
                else
                {
                    list.Add(scope?.ToString() ?? string.Empty);
                }
            }, scopes);
            owner._lines.Enqueue($"{logLevel} | {category} | {string.Join(" ", scopes)} | {formatter(state, exception)}{(exception is null ? string.Empty : " | " + exception)}");
        }
    }
}
