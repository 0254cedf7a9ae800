using System.Net;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>The connector refused an operation (after the resilience policies gave up).</summary>
internal sealed class ConnectorException(HttpStatusCode status, string operation)
    : Exception($"Bot Connector {operation} failed with {(int)status}")
{
    public HttpStatusCode Status { get; } = status;
}
