using System.Net;
using Moq;
using ModelStrategy.Channels.Teams.Auth;
using ModelStrategy.Channels.Teams.Tests.TestSupport;

namespace ModelStrategy.Channels.Teams.Tests.Auth;

public sealed class InboundAuthenticatorTests
{
    private readonly Mock<IBotTokenValidator> _validator = new(MockBehavior.Strict);

    [Theory]
    [InlineData("127.0.0.1", "http://localhost:56150/_connector", true)]
    [InlineData("::1", "http://127.0.0.1:56150/_connector", true)]
    [InlineData("127.0.0.1", "http://[::1]:56150/", true)]
    [InlineData("10.0.0.5", "http://localhost:56150/_connector", false)]
    [InlineData("127.0.0.1", "https://smba.trafficmanager.net/amer/", false)]
    [InlineData("127.0.0.1", "http://localhost.evil.example/", false)]
    [InlineData(null, "http://localhost:56150/_connector", false)]
    public async Task AuthenticateAsync_DevelopmentMode_RelaxedOnlyOnLoopback(string? remote, string serviceUrl, bool expected)
    {
        var authenticator = new InboundAuthenticator(BotTokenValidatorTests.Options(appId: ""), _validator.Object);
        var activity = Activities.Parse(Activities.PersonalMessage) with { ServiceUrl = serviceUrl };

        var result = await authenticator.AuthenticateAsync(null, remote is null ? null : IPAddress.Parse(remote), activity, CancellationToken.None);

        Assert.Equal(expected, result.Succeeded);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("bearer abc")]
    [InlineData("Basic abc")]
    [InlineData("Bearer a b")]
    public async Task AuthenticateAsync_AppIdSetAndHeaderMalformed_FailsWithoutValidating(string? header)
    {
        var authenticator = new InboundAuthenticator(BotTokenValidatorTests.Options(), _validator.Object);

        var result = await authenticator.AuthenticateAsync(header, IPAddress.Loopback, Activities.Parse(Activities.PersonalMessage), CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_AppIdSetOnLoopback_StillValidatesToken()
    {
        var activity = Activities.Parse(Activities.PersonalMessage) with { ServiceUrl = "http://localhost:56150/" };
        _validator.Setup(v => v.ValidateAsync("tok", activity, It.IsAny<CancellationToken>())).ReturnsAsync(AuthResult.Fail("bad"));
        var authenticator = new InboundAuthenticator(BotTokenValidatorTests.Options(), _validator.Object);

        var result = await authenticator.AuthenticateAsync("Bearer tok", IPAddress.Loopback, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        _validator.VerifyAll();
    }
}
