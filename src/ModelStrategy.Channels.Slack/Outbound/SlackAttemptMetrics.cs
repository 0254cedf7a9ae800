using ModelStrategy.Core.Telemetry;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ModelStrategy.Channels.Slack.Outbound;

/// <summary>
/// The Web API HttpClient's handler between the retry policies and the per-attempt timeout: every attempt that fails
/// (an HTTP error status such as a retried 429, a timeout, a network error) is counted in
/// <see cref="OutboundMetrics.AttemptFailed"/>, even when a later attempt succeeds. Slack's <c>ok:false</c> answers
/// arrive with 200 and are counted once per call by <see cref="SlackApiClient"/> instead.
/// </summary>
internal sealed class SlackAttemptMetrics(OutboundMetrics metrics) : DelegatingHandler
{
    /// <summary>Carries the Web API method (or "response_url") of a request.</summary>
    public static readonly HttpRequestOptionsKey<string> MethodOption = new("ModelStrategy.Slack.Method");

    /// <summary>The kind of a transport failure, or null for one that is not ours to count (cancellation).</summary>
    public static string? FailureKind(Exception exception) => exception switch
    {
        TimeoutRejectedException => "timeout",
        BrokenCircuitException => "circuit_open",
        HttpRequestException => "network",
        _ => null,
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.Options.TryGetValue(MethodOption, out var name) ? name : "other";
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                metrics.AttemptFailed(SlackApiClient.Channel, method, StatusTag((int)response.StatusCode));
            }

            return response;
        }
        catch (Exception ex) when (FailureKind(ex) is { } kind)
        {
            metrics.AttemptFailed(SlackApiClient.Channel, method, kind);
            throw;
        }
    }

    /// <summary>The status as Slack's client reports it elsewhere (<c>http_429</c>), from fixed strings for common codes.</summary>
    private static string StatusTag(int status) => status switch
    {
        400 => "http_400", 403 => "http_403", 404 => "http_404", 429 => "http_429",
        500 => "http_500", 502 => "http_502", 503 => "http_503", 504 => "http_504",
        _ => "http_" + status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
