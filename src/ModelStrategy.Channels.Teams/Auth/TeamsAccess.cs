using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ModelStrategy.Channels.Teams.Auth;

/// <summary>How the Teams endpoint treats callers, decided once from the settings and the environment.</summary>
internal enum TeamsAuthMode
{
    /// <summary>An app id is configured: every activity needs a valid Bot Framework token.</summary>
    Token,

    /// <summary>
    /// No app id, and the environment is Development or <c>Teams:AllowUnauthenticatedLoopback</c> is true: unsigned
    /// activities from loopback with a loopback serviceUrl are accepted (the Agents Playground); a supplied token is
    /// still validated.
    /// </summary>
    UnauthenticatedLoopback,

    /// <summary>No app id outside development: every activity is refused, and the log says why.</summary>
    Refuse,
}

/// <summary>
/// Who may talk to the bot through Teams: the authentication mode, the hosts a serviceUrl may point at (the bot sends
/// its token there) and, when <c>Teams:AllowedTenants</c> is set, the Entra tenants it serves.
/// </summary>
internal sealed class TeamsAccess
{
    private readonly string[] _hosts;
    private readonly HashSet<string> _tenants;

    /// <param name="options">The Teams settings.</param>
    /// <param name="environment">The host's environment; none (a bare service collection) counts as not Development.</param>
    public TeamsAccess(IOptions<TeamsOptions> options, IHostEnvironment? environment = null)
    {
        var settings = options.Value;
        Mode = settings.HasAppId ? TeamsAuthMode.Token
            : environment?.IsDevelopment() == true || settings.AllowUnauthenticatedLoopback ? TeamsAuthMode.UnauthenticatedLoopback
            : TeamsAuthMode.Refuse;
        _hosts = TeamsOptions.List(settings.ServiceUrlHosts);
        _tenants = new HashSet<string>(TeamsOptions.List(settings.AllowedTenants), StringComparer.OrdinalIgnoreCase);
    }

    public TeamsAuthMode Mode { get; }

    /// <summary>The tenants served; empty serves every tenant.</summary>
    public IReadOnlyCollection<string> AllowedTenants => _tenants;

    /// <summary>
    /// True when the bot may send replies (and its token) to <paramref name="serviceUrl"/>: with an app id an https URL
    /// on one of <c>Teams:ServiceUrlHosts</c>; in loopback development a loopback URL.
    /// </summary>
    public bool AllowsServiceUrl(string? serviceUrl)
    {
        if (Mode == TeamsAuthMode.UnauthenticatedLoopback && Loopback.IsLoopbackUrl(serviceUrl))
        {
            return true;
        }

        return Mode == TeamsAuthMode.Token
            && Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttps
            && uri.UserInfo.Length == 0
            && HostAllowed(uri.IdnHost);
    }

    /// <summary>True when <c>Teams:AllowedTenants</c> is empty or names <paramref name="tenantId"/>.</summary>
    public bool AllowsTenant(string? tenantId) => _tenants.Count == 0 || (tenantId is not null && _tenants.Contains(tenantId));

    /// <summary>True for a request from loopback in the unauthenticated development mode.</summary>
    public bool IsLoopbackDevelopmentCaller(IPAddress? remoteIp) => Mode == TeamsAuthMode.UnauthenticatedLoopback && Loopback.IsLoopback(remoteIp);

    /// <summary>An entry "a.example" matches that host only; "*.example" matches any host under example (not example itself).</summary>
    private bool HostAllowed(string host) => _hosts.Any(pattern => pattern.StartsWith("*.", StringComparison.Ordinal)
        ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1
        : string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase));
}
