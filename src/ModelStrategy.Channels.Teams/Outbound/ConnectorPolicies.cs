using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Extensions.Http;
using Polly.Timeout;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>
/// Resilience for Bot Connector calls (teams.md §3.4): 429 honours Retry-After (any method: the request was refused);
/// transient 5xx/408/timeouts are retried with jittered backoff only for idempotent methods, never for a POST that
/// may have arrived; a circuit breaker stops hammering a failing connector.
/// </summary>
internal static class ConnectorPolicies
{
    public const int MaxRetries = 3;
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    public static IAsyncPolicy<HttpResponseMessage> CircuitBreaker() => HttpPolicyExtensions
        .HandleTransientHttpError()
        .Or<TimeoutRejectedException>()
        .CircuitBreakerAsync(handledEventsAllowedBeforeBreaking: 5, durationOfBreak: TimeSpan.FromSeconds(30));

    public static IAsyncPolicy<HttpResponseMessage> Throttled(TimeProvider time) => Policy
        .HandleResult<HttpResponseMessage>(r => r.StatusCode == HttpStatusCode.TooManyRequests)
        .WaitAndRetryAsync(
            MaxRetries,
            (attempt, outcome, _) => RetryAfter(outcome.Result?.Headers.RetryAfter, attempt, time),
            (_, _, _, _) => Task.CompletedTask);

    /// <summary>Transient retries for PUT/DELETE/GET; POST (and anything else not idempotent) passes through untouched.</summary>
    public static IAsyncPolicy<HttpResponseMessage> Transient(HttpRequestMessage request) => IsIdempotent(request.Method)
        ? HttpPolicyExtensions.HandleTransientHttpError()
            .Or<TimeoutRejectedException>()
            .WaitAndRetryAsync(MaxRetries, Backoff)
        : Policy.NoOpAsync<HttpResponseMessage>();

    public static IAsyncPolicy<HttpResponseMessage> Timeout() => Policy.TimeoutAsync<HttpResponseMessage>(AttemptTimeout);

    public static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Get;

    /// <summary>Retry-After as delta-seconds or an HTTP date, clamped to [0, 30 s]; exponential backoff when absent.</summary>
    public static TimeSpan RetryAfter(RetryConditionHeaderValue? header, int attempt, TimeProvider time)
    {
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
