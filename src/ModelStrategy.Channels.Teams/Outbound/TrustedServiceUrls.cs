using System.Collections.Concurrent;
using ModelStrategy.Channels.Teams.Auth;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>
/// The serviceUrls the bot may call (and send its token to): only those of authenticated activities that
/// <see cref="TeamsAccess.AllowsServiceUrl"/> accepts (Microsoft's connector hosts; loopback in development). A
/// user-supplied URL never receives a token.
/// </summary>
internal sealed class TrustedServiceUrls(TeamsAccess access)
{
    private const int Capacity = 1024;
    private readonly ConcurrentDictionary<string, byte> _trusted = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records the serviceUrl of an activity that passed authentication.</summary>
    public void Trust(string? serviceUrl)
    {
        if (access.AllowsServiceUrl(serviceUrl) && _trusted.Count < Capacity)
        {
            _trusted.TryAdd(Normalize(serviceUrl!), 0);
        }
    }

    public bool IsTrusted(string serviceUrl) => _trusted.ContainsKey(Normalize(serviceUrl));

    private static string Normalize(string serviceUrl) => serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
}
