using ModelStrategy.Channels.Http;
using ModelStrategy.Core.ChannelSupport.Telemetry;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>
/// The connector HttpClient's <see cref="FailedAttemptHandler"/>: every failed attempt is counted in
/// <see cref="OutboundMetrics.AttemptFailed"/> with its operation, so retried 429s and 5xx show up even when a later
/// attempt succeeds.
/// </summary>
internal sealed class ConnectorAttemptMetrics(OutboundMetrics metrics) : FailedAttemptHandler
{
    protected override void Failed(HttpRequestMessage request, string errorTag) => metrics.AttemptFailed(
        ConnectorClient.Channel, request.Options.TryGetValue(ConnectorClient.MethodOption, out var name) ? name : "other", errorTag);

    protected override string StatusTag(int status) => ConnectorClient.StatusTag(status);
}
