using ModelStrategy.Channels.Http;
using ModelStrategy.Core.ChannelSupport.Telemetry;

namespace ModelStrategy.Channels.Slack.Outbound;

/// <summary>
/// The Web API HttpClient's <see cref="FailedAttemptHandler"/>: every attempt that fails (an HTTP error status such
/// as a retried 429, a timeout, a network error) is counted in <see cref="OutboundMetrics.AttemptFailed"/>, even when
/// a later attempt succeeds. Slack's <c>ok:false</c> answers arrive with 200 and are counted once per call by
/// <see cref="SlackApiClient"/> instead.
/// </summary>
internal sealed class SlackAttemptMetrics(OutboundMetrics metrics) : FailedAttemptHandler
{
    /// <summary>Carries the Web API method (or "response_url") of a request.</summary>
    public static readonly HttpRequestOptionsKey<string> MethodOption = new("ModelStrategy.Slack.Method");

    protected override void Failed(HttpRequestMessage request, string errorTag) => metrics.AttemptFailed(
        SlackApiClient.Channel, request.Options.TryGetValue(MethodOption, out var name) ? name : "other", errorTag);

    /// <summary>The status as Slack's client reports it elsewhere (<c>http_429</c>), from fixed strings for common codes.</summary>
    protected override string StatusTag(int status) => status switch
    {
        400 => "http_400", 403 => "http_403", 404 => "http_404", 429 => "http_429",
        500 => "http_500", 502 => "http_502", 503 => "http_503", 504 => "http_504",
        _ => "http_" + status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
