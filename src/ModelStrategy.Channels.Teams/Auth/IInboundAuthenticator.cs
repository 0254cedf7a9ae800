using System.Net;
using ModelStrategy.Channels.Teams.Inbound;

namespace ModelStrategy.Channels.Teams.Auth;

/// <summary>Decides whether an inbound activity may be acted on.</summary>
internal interface IInboundAuthenticator
{
    Task<AuthResult> AuthenticateAsync(string? authorization, IPAddress? remoteIp, Activity activity, CancellationToken cancellationToken);
}
