using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
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
        var authenticator = new InboundAuthenticator(Access(BotTokenValidatorTests.Options(appId: ""), Environments.Development), _validator.Object);
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
        var authenticator = new InboundAuthenticator(Access(BotTokenValidatorTests.Options(), Environments.Production), _validator.Object);

        var result = await authenticator.AuthenticateAsync(header, IPAddress.Loopback, Activities.Parse(Activities.PersonalMessage), CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_AppIdSetOnLoopback_StillValidatesToken()
    {
        var activity = Activities.Parse(Activities.PersonalMessage) with { ServiceUrl = "http://localhost:56150/" };
        _validator.Setup(v => v.ValidateAsync("tok", activity, It.IsAny<CancellationToken>())).ReturnsAsync(AuthResult.Fail("bad"));
        var authenticator = new InboundAuthenticator(Access(BotTokenValidatorTests.Options(), Environments.Production), _validator.Object);

        var result = await authenticator.AuthenticateAsync("Bearer tok", IPAddress.Loopback, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        _validator.VerifyAll();
    }

    [Theory]
    [InlineData("Production", false, false)]
    [InlineData("Staging", false, false)]
    [InlineData("Production", true, true)]
    [InlineData("Development", false, true)]
    public async Task AuthenticateAsync_NoAppId_LoopbackOnlyInDevelopmentOrWhenAllowed(string environment, bool allowLoopback, bool expected)
    {
        var options = BotTokenValidatorTests.Options(appId: "");
        options.Value.AllowUnauthenticatedLoopback = allowLoopback;
        var authenticator = new InboundAuthenticator(Access(options, environment), _validator.Object);
        var activity = Activities.Parse(Activities.PersonalMessage) with { ServiceUrl = "http://localhost:56150/_connector" };

        var result = await authenticator.AuthenticateAsync(null, IPAddress.Loopback, activity, CancellationToken.None);

        Assert.Equal(expected, result.Succeeded);
        Assert.Equal(expected ? "development mode (loopback)" : InboundAuthenticator.RefusedReason, result.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_DevelopmentModeWithAToken_TokenIsNotIgnored()
    {
        var authenticator = new InboundAuthenticator(Access(BotTokenValidatorTests.Options(appId: ""), Environments.Development), _validator.Object);
        var activity = Activities.Parse(Activities.PersonalMessage) with { ServiceUrl = "http://localhost:56150/_connector" };

        var result = await authenticator.AuthenticateAsync("Bearer forged", IPAddress.Loopback, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://europe.webchat.botframework.com/", true)]
    [InlineData("https://evil.trafficmanager.net/amer/", false)]
    [InlineData("https://botframework.com.evil.example/", false)]
    [InlineData("https://localhost:3978/api/messages", false)]
    [InlineData("http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://user@smba.trafficmanager.net/amer/", false)]
    public async Task AuthenticateAsync_ValidTokenForAServiceUrlOutsideMicrosoftsHosts_Refused(string serviceUrl, bool expected)
    {
        var activity = Activities.Parse(Activities.PersonalMessage) with { ServiceUrl = serviceUrl };
        _validator.Setup(v => v.ValidateAsync("tok", activity, It.IsAny<CancellationToken>())).ReturnsAsync(AuthResult.Success("Bot Framework token"));
        var authenticator = new InboundAuthenticator(Access(BotTokenValidatorTests.Options(), Environments.Production), _validator.Object);

        var result = await authenticator.AuthenticateAsync("Bearer tok", IPAddress.Parse("52.112.0.1"), activity, CancellationToken.None);

        Assert.Equal(expected, result.Succeeded);
    }

    [Fact]
    public void AllowsServiceUrl_SovereignHostConfigured_Allowed()
    {
        var options = BotTokenValidatorTests.Options();
        options.Value.ServiceUrlHosts = "smba.infra.gov.teams.microsoft.us";
        var access = Access(options, Environments.Production);

        Assert.True(access.AllowsServiceUrl("https://smba.infra.gov.teams.microsoft.us/teams/"));
        Assert.False(access.AllowsServiceUrl("https://smba.trafficmanager.net/amer/"));
    }

    private static TeamsAccess Access(IOptions<TeamsOptions> options, string environment) =>
        new(options, Mock.Of<IHostEnvironment>(e => e.EnvironmentName == environment));
}
