using ModelStrategy.Core.Telemetry;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>
/// The connector HttpClient's handler between the retry policies and the per-attempt timeout: every attempt that fails (an HTTP
/// error status, a timeout, a network error) is counted in <see cref="OutboundMetrics.AttemptFailed"/>, so retried
/// 429s and 5xx show up even when a later attempt succeeds.
/// </summary>
internal sealed class ConnectorAttemptMetrics(OutboundMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.Options.TryGetValue(ConnectorClient.MethodOption, out var name) ? name : "other";
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                metrics.AttemptFailed(ConnectorClient.Channel, method, ConnectorClient.StatusTag((int)response.StatusCode));
            }

            return response;
        }
        catch (Exception ex) when (ConnectorClient.FailureKind(ex) is { } kind)
        {
            metrics.AttemptFailed(ConnectorClient.Channel, method, kind);
            throw;
        }
    }
}
