using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.CircuitBreaker;
using Polly.Extensions.Http;
using Polly.Timeout;

namespace ModelStrategy.Channels.Http;

/// <summary>
/// The resilience both channels give their platform's API (teams.md §3.4, slack.md §5.3): a 429 is retried after
/// its Retry-After (any method: the platform refused the request, so it did not act on it); a circuit breaker stops
/// hammering an API that keeps failing; each attempt has its own timeout; every retry is bounded. Which failures
/// are safe to retry otherwise depends on the platform's methods, so each channel supplies its own transient policy
/// (<see cref="TransientRetry"/> for the requests it knows are safe to repeat).
/// </summary>
public static class OutboundPolicies
{
    /// <summary>Retries after the first attempt, per policy.</summary>
    public const int MaxRetries = 3;

    /// <summary>The longest wait a Retry-After is honoured for.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Opens after 5 transient failures or timeouts in a row, for 30 s.</summary>
    public static IAsyncPolicy<HttpResponseMessage> CircuitBreaker() => HttpPolicyExtensions
        .HandleTransientHttpError()
        .Or<TimeoutRejectedException>()
        .CircuitBreakerAsync(handledEventsAllowedBeforeBreaking: 5, durationOfBreak: TimeSpan.FromSeconds(30));

    /// <summary>Retries a 429 after its Retry-After (see <see cref="RetryAfter"/>), at most <see cref="MaxRetries"/> times.</summary>
    public static IAsyncPolicy<HttpResponseMessage> Throttled(TimeProvider time) => Policy
        .HandleResult<HttpResponseMessage>(r => r.StatusCode == HttpStatusCode.TooManyRequests)
        .WaitAndRetryAsync(
            MaxRetries,
            (attempt, outcome, _) => RetryAfter(outcome.Result?.Headers.RetryAfter, attempt, time),
            (_, _, _, _) => Task.CompletedTask);

    /// <summary>Retries 5xx, 408, network errors and attempt timeouts with <see cref="Backoff"/>: only for requests safe to repeat.</summary>
    public static IAsyncPolicy<HttpResponseMessage> TransientRetry() => HttpPolicyExtensions
        .HandleTransientHttpError()
        .Or<TimeoutRejectedException>()
        .WaitAndRetryAsync(MaxRetries, Backoff);

    /// <summary>The per-attempt timeout (innermost, so each retry gets its own).</summary>
    public static IAsyncPolicy<HttpResponseMessage> Timeout() => Policy.TimeoutAsync<HttpResponseMessage>(AttemptTimeout);

    /// <summary>True when the request provably did not reach the server: no connection, no name, no TLS session.</summary>
    public static bool NeverSent(HttpRequestException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError;
    }

    /// <summary>
    /// The metric tag of a call that failed without an HTTP answer: "timeout", "circuit_open" or "network"; null for
    /// anything else (a cancellation is not ours to count).
    /// </summary>
    public static string? FailureKind(Exception exception) => exception switch
    {
        TimeoutRejectedException => "timeout",
        BrokenCircuitException => "circuit_open",
        HttpRequestException => "network",
        _ => null,
    };

    /// <summary>Retry-After as delta-seconds or an HTTP date, clamped to [0, 30 s]; exponential backoff when absent.</summary>
    public static TimeSpan RetryAfter(RetryConditionHeaderValue? header, int attempt, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var delay = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => Backoff(attempt),
        };
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxRetryAfter ? MaxRetryAfter : delay;
    }

    /// <summary>1 s, 2 s, 4 s … plus up to 1 s of jitter.</summary>
    public static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromSeconds(Math.Pow(2, attempt - 1)) + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 1000));
}
