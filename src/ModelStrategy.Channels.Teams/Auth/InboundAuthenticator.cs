using System.Net;
using Microsoft.Extensions.Options;
using ModelStrategy.Channels.Teams.Inbound;

namespace ModelStrategy.Channels.Teams.Auth;

/// <summary>
/// Fails closed: a valid Bot Framework token is required, except in development mode (no app id) when both the
/// caller and the activity's serviceUrl are loopback.
/// </summary>
internal sealed class InboundAuthenticator(IOptions<TeamsOptions> options, IBotTokenValidator validator) : IInboundAuthenticator
{
    private const string Scheme = "Bearer";

    public async Task<AuthResult> AuthenticateAsync(string? authorization, IPAddress? remoteIp, Activity activity, CancellationToken cancellationToken)
    {
        if (options.Value.IsDevelopmentMode)
        {
            return Loopback.IsLoopback(remoteIp) && Loopback.IsLoopbackUrl(activity.ServiceUrl)
                ? AuthResult.Success("development mode (loopback)")
                : AuthResult.Fail("no app id configured and the request or serviceUrl is not loopback");
        }

        var parts = authorization?.Split(' ');
        if (parts is not [Scheme, { Length: > 0 } token])
        {
            return AuthResult.Fail("missing or malformed Authorization header");
        }

        return await validator.ValidateAsync(token, activity, cancellationToken);
    }
}
