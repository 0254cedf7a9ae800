using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using ModelStrategy.Channels.Teams.Inbound;
using ModelStrategy.Channels.Teams.Outbound;
using ModelStrategy.Channels.Teams.Tests.TestSupport;

namespace ModelStrategy.Channels.Teams.Tests.Outbound;

public sealed class ConnectorClientTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private static readonly Activity Reply = new() { Type = "message", Text = "hi" };

    [Fact]
    public async Task SendAsync_Token_AttachedAndPathEscaped()
    {
        using var handler = new FakeHttpHandler((_, _) => FakeHttpHandler.Json("""{"id":"m1"}"""));
        var client = Build(handler);

        var id = await client.ReplyAsync(ServiceUrl, "a:17I0kl;x", "1485983408511", Reply, CancellationToken.None);

        Assert.Equal("m1", id);
        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal("Bearer", request.Headers.Authorization?.Scheme);
        Assert.Equal("token-1", request.Headers.Authorization?.Parameter);
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/a%3A17I0kl%3Bx/activities/1485983408511", request.RequestUri!.AbsoluteUri);
        Assert.Contains("\"replyToId\":\"1485983408511\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_TooManyRequests_HonoursRetryAfter()
    {
        using var handler = new FakeHttpHandler((_, n) => n == 1 ? Throttled(1) : FakeHttpHandler.Json("""{"id":"m2"}"""));
        var client = Build(handler);
        var started = System.Diagnostics.Stopwatch.StartNew();

        var id = await client.SendAsync(ServiceUrl, "c1", Reply, CancellationToken.None);

        Assert.Equal("m2", id);
        Assert.Equal(2, handler.Requests.Count);
        Assert.True(started.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {started.Elapsed}");
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task SendAsync_AmbiguousServerError_IsNotRetried(HttpStatusCode status)
    {
        using var handler = new FakeHttpHandler((_, _) => new HttpResponseMessage(status));
        var client = Build(handler);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(ServiceUrl, "c1", Reply, CancellationToken.None));

        Assert.Equal(status, error.Status);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task UpdateAsync_TransientServerError_IsRetried()
    {
        using var handler = new FakeHttpHandler((_, n) => n == 1 ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) : FakeHttpHandler.Json("{}"));
        var client = Build(handler);

        await client.UpdateAsync(ServiceUrl, "c1", "card-1", Reply, CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal(HttpMethod.Put, r.Request.Method));
    }

    [Fact]
    public async Task SendAsync_Unauthorized_RefreshesTokenOnce()
    {
        using var handler = new FakeHttpHandler((_, n) => n == 1 ? new HttpResponseMessage(HttpStatusCode.Unauthorized) : FakeHttpHandler.Json("{}"));
        var tokens = new Mock<IBotTokenProvider>();
        tokens.Setup(t => t.GetTokenAsync(false, It.IsAny<CancellationToken>())).ReturnsAsync("stale");
        tokens.Setup(t => t.GetTokenAsync(true, It.IsAny<CancellationToken>())).ReturnsAsync("fresh");
        var client = Build(handler, tokens.Object);

        await client.SendAsync(ServiceUrl, "c1", Reply, CancellationToken.None);

        Assert.Equal(["stale", "fresh"], handler.Requests.Select(r => r.Request.Headers.Authorization!.Parameter!));
    }

    [Fact]
    public async Task SendAsync_UntrustedServiceUrl_NeverCalled()
    {
        using var handler = new FakeHttpHandler((_, _) => FakeHttpHandler.Json("{}"));
        var client = Build(handler);

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync("https://attacker.example/", "c1", Reply, CancellationToken.None));

        Assert.Empty(handler.Requests);
    }

    private static HttpResponseMessage Throttled(int seconds)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        return response;
    }

    private static IConnectorClient Build(FakeHttpHandler handler, IBotTokenProvider? tokens = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Teams:AppId"] = "app", ["Teams:AppPassword"] = "pw" }).Build());
        services.AddTeamsChannel();
        services.AddSingleton(tokens ?? Mock.Of<IBotTokenProvider>(t => t.GetTokenAsync(It.IsAny<bool>(), It.IsAny<CancellationToken>()) == Task.FromResult<string?>("token-1")));
        services.AddHttpClient<IConnectorClient, ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => handler);
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<TrustedServiceUrls>().Trust(ServiceUrl);
        return provider.GetRequiredService<IConnectorClient>();
    }
}
