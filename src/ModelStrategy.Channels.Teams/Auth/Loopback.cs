using System.Net;

namespace ModelStrategy.Channels.Teams.Auth;

/// <summary>Loopback checks for the development mode.</summary>
internal static class Loopback
{
    public static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);

    /// <summary>True when the URL is absolute and its host is localhost, 127.0.0.0/8 or ::1.</summary>
    public static bool IsLoopbackUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }
}
