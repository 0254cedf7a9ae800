using Microsoft.Extensions.DependencyInjection;
using Polly;

namespace ModelStrategy.Channels.Http;

/// <summary>Puts <see cref="OutboundPolicies"/> on a channel's typed HttpClient, in the one order both channels use.</summary>
public static class OutboundResilienceExtensions
{
    /// <summary>
    /// From outermost to innermost: the circuit breaker, the 429 retry (<see cref="OutboundPolicies.Throttled"/>, with
    /// the registered <see cref="TimeProvider"/>), the channel's <paramref name="transient"/> retry, the
    /// <typeparamref name="TAttemptHandler"/> (which sees every attempt, retries included), then the per-attempt timeout.
    /// </summary>
    /// <typeparam name="TAttemptHandler">A handler registered in the container that observes each attempt (metrics).</typeparam>
    /// <param name="builder">The typed client's builder.</param>
    /// <param name="transient">The channel's retry for failures other than 429, chosen per request.</param>
    public static IHttpClientBuilder AddOutboundResilience<TAttemptHandler>(
        this IHttpClientBuilder builder, Func<HttpRequestMessage, IAsyncPolicy<HttpResponseMessage>> transient)
        where TAttemptHandler : DelegatingHandler
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(transient);
        return builder
            .AddPolicyHandler(OutboundPolicies.CircuitBreaker())
            .AddPolicyHandler((services, _) => OutboundPolicies.Throttled(services.GetRequiredService<TimeProvider>()))
            .AddPolicyHandler(transient)
            .AddHttpMessageHandler<TAttemptHandler>()
            .AddPolicyHandler(OutboundPolicies.Timeout());
    }
}
