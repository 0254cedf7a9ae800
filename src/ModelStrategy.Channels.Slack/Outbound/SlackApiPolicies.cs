using ModelStrategy.Channels.Http;
using Polly;

namespace ModelStrategy.Channels.Slack.Outbound;

/// <summary>
/// The Slack part of the Web API client's resilience (slack.md §5.3); the shared part (429 after Retry-After,
/// circuit breaker, attempt timeout) is <see cref="OutboundPolicies"/>. 5xx, 408 and timeouts are retried only for
/// retry-safe methods (<see cref="SlackMethods.IsRetrySafe"/>); a post is retried after a network error only when
/// the connection was never made, so it cannot have arrived.
/// </summary>
internal static class SlackApiPolicies
{
    /// <summary>Set on a request whose method may be retried after an ambiguous failure.</summary>
    public static readonly HttpRequestOptionsKey<bool> RetrySafe = new("ModelStrategy.Slack.RetrySafe");

    /// <summary>Transient retries: everything transient for retry-safe methods; for posts, only connections never made.</summary>
    public static IAsyncPolicy<HttpResponseMessage> Transient(HttpRequestMessage request) =>
        request.Options.TryGetValue(RetrySafe, out var safe) && safe
            ? OutboundPolicies.TransientRetry()
            : Policy<HttpResponseMessage>.Handle<HttpRequestException>(OutboundPolicies.NeverSent).WaitAndRetryAsync(OutboundPolicies.MaxRetries, OutboundPolicies.Backoff);
}
