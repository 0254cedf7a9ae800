namespace ModelStrategy.Channels.Http;

/// <summary>
/// The handler <see cref="OutboundResilienceExtensions.AddOutboundResilience{TAttemptHandler}"/> puts between the retry
/// policies and the per-attempt timeout, so it sees every attempt: each one that fails (an HTTP error status, a
/// retried 429 included; a timeout; an open circuit; a network error) is reported to <see cref="Failed"/>, even when a
/// later attempt succeeds. A cancellation is not a failure. Each channel says how to tag a status and where to count.
/// </summary>
public abstract class FailedAttemptHandler : DelegatingHandler
{
    /// <summary>Counts one failed attempt of <paramref name="request"/>: a <see cref="StatusTag"/> or an <see cref="OutboundPolicies.FailureKind"/>.</summary>
    protected abstract void Failed(HttpRequestMessage request, string errorTag);

    /// <summary>The error tag of an HTTP error status, in the channel's own format.</summary>
    protected abstract string StatusTag(int status);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                Failed(request, StatusTag((int)response.StatusCode));
            }

            return response;
        }
        catch (Exception ex) when (OutboundPolicies.FailureKind(ex) is { } kind)
        {
            Failed(request, kind);
            throw;
        }
    }
}
