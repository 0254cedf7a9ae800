using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ModelStrategy.Channels.Teams.Auth;

/// <summary>Says at start-up, loudly when it matters, how the Teams endpoint treats callers (<see cref="TeamsAccess"/>).</summary>
internal sealed class TeamsAccessLog(TeamsAccess access, ILogger<TeamsAccessLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        switch (access.Mode)
        {
            case TeamsAuthMode.UnauthenticatedLoopback:
                Log.UnauthenticatedLoopback(logger);
                break;
            case TeamsAuthMode.Refuse:
                Log.TeamsRefusing(logger, InboundAuthenticator.RefusedReason);
                break;
            default:
                Log.TeamsTokens(logger, access.AllowedTenants.Count);
                break;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
