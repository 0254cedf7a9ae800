using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Extensions.Http;
using Polly.Timeout;

namespace ModelStrategy.Channels.Slack.Outbound;

/// <summary>
/// Resilience for Web API calls (slack.md §5.3), mirroring the Teams connector: a 429 is retried after Retry-After
/// (any method: Slack refused the request); 5xx, 408 and timeouts are retried only for retry-safe methods
/// (<see cref="SlackMethods.IsRetrySafe"/>); a post is retried after a network error only when the connection was
/// never made, so it cannot have arrived; a circuit breaker stops hammering a failing API. All retries are bounded.
/// </summary>
internal static class SlackApiPolicies
{
    public const int MaxRetries = 3;
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Set on a request whose method may be retried after an ambiguous failure.</summary>
    public static readonly HttpRequestOptionsKey<bool> RetrySafe = new("ModelStrategy.Slack.RetrySafe");

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

    /// <summary>Transient retries: everything transient for retry-safe methods; for posts, only connections never made.</summary>
    public static IAsyncPolicy<HttpResponseMessage> Transient(HttpRequestMessage request) =>
        request.Options.TryGetValue(RetrySafe, out var safe) && safe
            ? HttpPolicyExtensions.HandleTransientHttpError().Or<TimeoutRejectedException>().WaitAndRetryAsync(MaxRetries, Backoff)
            : Policy<HttpResponseMessage>.Handle<HttpRequestException>(NeverSent).WaitAndRetryAsync(MaxRetries, Backoff);

    public static IAsyncPolicy<HttpResponseMessage> Timeout() => Policy.TimeoutAsync<HttpResponseMessage>(AttemptTimeout);

    /// <summary>True when the request provably did not reach the server: no connection, no name, no TLS session.</summary>
    public static bool NeverSent(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError;

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
