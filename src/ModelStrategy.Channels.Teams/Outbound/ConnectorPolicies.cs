using ModelStrategy.Channels.Http;
using Polly;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>
/// The Teams part of the Bot Connector client's resilience (teams.md §3.4); the shared part (429 after Retry-After,
/// circuit breaker, attempt timeout) is <see cref="OutboundPolicies"/>. Transient 5xx, 408 and timeouts are retried
/// with jittered backoff only for idempotent methods, never for a POST that may have arrived.
/// </summary>
internal static class ConnectorPolicies
{
    /// <summary>Transient retries for PUT/DELETE/GET; POST (and anything else not idempotent) passes through untouched.</summary>
    public static IAsyncPolicy<HttpResponseMessage> Transient(HttpRequestMessage request) => IsIdempotent(request.Method)
        ? OutboundPolicies.TransientRetry()
        : Policy.NoOpAsync<HttpResponseMessage>();

    public static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Get;
}
