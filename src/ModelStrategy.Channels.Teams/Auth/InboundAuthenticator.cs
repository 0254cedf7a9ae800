using System.Net;
using ModelStrategy.Channels.Teams.Inbound;

namespace ModelStrategy.Channels.Teams.Auth;

/// <summary>
/// Fails closed (<see cref="TeamsAccess"/>): with an app id, a valid Bot Framework token whose activity names a
/// serviceUrl on Microsoft's connector hosts; without one, in development only, a loopback caller with a loopback
/// serviceUrl and no token (a token that is sent is always validated, and fails without an app id); otherwise nothing.
/// </summary>
internal sealed class InboundAuthenticator(TeamsAccess access, IBotTokenValidator validator)
{
    private const string Scheme = "Bearer";

    /// <summary>Why everything is refused without an app id outside development (also logged at start-up).</summary>
    public const string RefusedReason = "Teams:AppId is empty and this is not a development host: set Teams__AppId (and its password), "
        + "or, for local testing only, ASPNETCORE_ENVIRONMENT=Development or Teams__AllowUnauthenticatedLoopback=true";

    /// <summary>Whether the activity may be acted on, and why (logged).</summary>
    public async Task<AuthResult> AuthenticateAsync(string? authorization, IPAddress? remoteIp, Activity activity, CancellationToken cancellationToken)
    {
        if (access.Mode == TeamsAuthMode.Refuse)
        {
            return AuthResult.Fail(RefusedReason);
        }

        if (access.Mode == TeamsAuthMode.UnauthenticatedLoopback && string.IsNullOrEmpty(authorization))
        {
            return access.IsLoopbackDevelopmentCaller(remoteIp) && access.AllowsServiceUrl(activity.ServiceUrl)
                ? AuthResult.Success("development mode (loopback)")
                : AuthResult.Fail("no app id configured and the request or serviceUrl is not loopback");
        }

        var parts = authorization?.Split(' ');
        if (parts is not [Scheme, { Length: > 0 } token])
        {
            return AuthResult.Fail("missing or malformed Authorization header");
        }

        if (access.Mode != TeamsAuthMode.Token)
        {
            // A token is never ignored: without an app id there is no audience it could be valid for.
            return AuthResult.Fail("a token was sent, but no Teams:AppId is configured to validate it against");
        }

        var result = await validator.ValidateAsync(token, activity, cancellationToken);
        if (result.Succeeded && !access.AllowsServiceUrl(activity.ServiceUrl))
        {
            return AuthResult.Fail("serviceUrl is not on Teams:ServiceUrlHosts");
        }

        return result;
    }
}
