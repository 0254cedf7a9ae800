using System.Net;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd.Access;

/// <summary>
/// The per-address API limit (a burst of two here) counts the address X-Forwarded-For names only when the request comes
/// from a configured proxy; from anyone else the header is ignored, so a caller cannot spread itself over made-up
/// addresses, nor pose as loopback. IPv6 clients count by their /64.
/// </summary>
[Trait("Category", "E2E")]
public sealed class ForwardedAddressEndToEndTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.0.0.1");
    private static readonly IPAddress Stranger = IPAddress.Parse("10.0.0.9");

    [Fact]
    public async Task FromTheKnownProxy_EachForwardedClientHasItsOwnBudget()
    {
        using var factory = new ProxiedFactory("Production");

        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4" })
        {
            statuses.Add((await ApiClient.PostAsync(factory.Server, Proxy, forwardedFor: client)).Status);
        }

        // Unauthenticated, so each is refused, but none is over its own client's budget.
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
    }

    [Fact]
    public async Task FromAnUnknownPeer_TheHeaderIsIgnored_AndThePeerIsLimited()
    {
        using var factory = new ProxiedFactory("Production");

        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3" })
        {
            statuses.Add((await ApiClient.PostAsync(factory.Server, Stranger, forwardedFor: client)).Status);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Ipv6ClientsBehindTheProxy_CountByTheirSlash64()
    {
        using var factory = new ProxiedFactory("Production");

        var sameNetwork = new List<HttpStatusCode>();
        foreach (var client in new[] { "2001:db8:1:2::1", "2001:db8:1:2::2", "2001:db8:1:2:ffff::3" })
        {
            sameNetwork.Add((await ApiClient.PostAsync(factory.Server, Proxy, forwardedFor: client)).Status);
        }

        var otherNetwork = await ApiClient.PostAsync(factory.Server, Proxy, forwardedFor: "2001:db8:1:3::1");

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], sameNetwork);
        Assert.Equal(HttpStatusCode.Unauthorized, otherNetwork.Status);
    }

    [Fact]
    public async Task Development_ALoopbackProxyForwardingAnInternetClient_IsNotAnonymousLoopback()
    {
        using var tunnel = new ProxiedFactory("Development", proxy: "127.0.0.1");
        using var direct = new ProxiedFactory("Development", proxy: "127.0.0.1");

        var forwarded = await ApiClient.PostAsync(tunnel.Server, IPAddress.Loopback, forwardedFor: "198.51.100.20");
        var local = await ApiClient.PostAsync(direct.Server, IPAddress.Loopback);

        Assert.Equal(HttpStatusCode.Unauthorized, forwarded.Status);
        Assert.Equal(HttpStatusCode.OK, local.Status);
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:aa:bb:1:2:3:4", "2001:db8:aa:bb::/64")]
    [InlineData(null, "?")]
    public void PartitionKey_IPv6ByItsSlash64(string? address, string expected) =>
        Assert.Equal(expected, Bot.Access.ClientAddress.PartitionKey(address is null ? null : IPAddress.Parse(address)));

    /// <summary>The per-address API budget is two requests, refilled once a minute; 10.0.0.1 is the known proxy.</summary>
    private sealed class ProxiedFactory(string environment, string proxy = "10.0.0.1") : BotFactory
    {
        protected override string? EnvironmentName => environment;

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["ForwardedHeaders:KnownProxies"] = proxy,
            ["RateLimits:ApiBurst"] = "2",
            ["RateLimits:ApiPermitsPerMinute"] = "1",
        };
    }
}
