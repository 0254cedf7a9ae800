using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ModelStrategy.Channels.Teams.Auth;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>
/// The serviceUrls the bot may call (and send its token to): only those of authenticated activities, and in
/// development mode only loopback ones. A user-supplied URL never receives a token.
/// </summary>
internal sealed class TrustedServiceUrls(IOptions<TeamsOptions> options)
{
    private const int Capacity = 1024;
    private readonly ConcurrentDictionary<string, byte> _trusted = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records the serviceUrl of an activity that passed authentication.</summary>
    public void Trust(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            return;
        }

        var allowed = options.Value.IsDevelopmentMode ? Loopback.IsLoopbackUrl(serviceUrl) : uri.Scheme == Uri.UriSchemeHttps;
        if (allowed && _trusted.Count < Capacity)
        {
            _trusted.TryAdd(Normalize(serviceUrl!), 0);
        }
    }

    public bool IsTrusted(string serviceUrl) => _trusted.ContainsKey(Normalize(serviceUrl));

    private static string Normalize(string serviceUrl) => serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
}
