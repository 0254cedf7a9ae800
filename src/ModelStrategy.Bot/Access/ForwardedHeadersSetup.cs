using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ModelStrategy.Bot.Access;

/// <summary>
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are honoured only from the proxies and networks named in
/// <c>ForwardedHeaders:KnownProxies</c> and <c>ForwardedHeaders:KnownNetworks</c> (comma-separated); ASP.NET Core's own
/// default of trusting loopback is cleared, so with neither set the headers are ignored and the client is the TCP
/// peer. Behind a trusted proxy the limiter, the loopback checks of development mode and the logs see the real client.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string KnownProxiesKey = "ForwardedHeaders:KnownProxies";
    public const string KnownNetworksKey = "ForwardedHeaders:KnownNetworks";

    public static IServiceCollection AddTrustedForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>(Configure);
        return services;
    }

    private static void Configure(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        var proxies = Split(configuration[KnownProxiesKey]).Select(p => IPAddress.TryParse(p, out var ip)
            ? ip : throw new InvalidOperationException($"{KnownProxiesKey}: \"{p}\" is not an IP address.")).ToList();
        var networks = Split(configuration[KnownNetworksKey]).Select(n => System.Net.IPNetwork.TryParse(n, out var network)
            ? network : throw new InvalidOperationException($"{KnownNetworksKey}: \"{n}\" is not a network such as 10.0.0.0/16.")).ToList();
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        proxies.ForEach(options.KnownProxies.Add);
        networks.ForEach(options.KnownIPNetworks.Add);
        // Every hop that is itself a known proxy is stepped over, up to the first address that is not.
        options.ForwardLimit = null;
    }

    private static string[] Split(string? value) =>
        (value ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
