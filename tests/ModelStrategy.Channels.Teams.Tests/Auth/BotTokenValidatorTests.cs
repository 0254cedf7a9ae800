using Microsoft.Extensions.Options;
using ModelStrategy.Channels.Teams.Auth;
using ModelStrategy.Channels.Teams.Inbound;
using ModelStrategy.Channels.Teams.Tests.TestSupport;

namespace ModelStrategy.Channels.Teams.Tests.Auth;

[Trait("Category", "Contract")]
public sealed class BotTokenValidatorTests : IDisposable
{
    private readonly FakeBotFramework _bf = new();
    private readonly Activity _activity = Activities.Parse(Activities.PersonalMessage);

    [Fact]
    public async Task ValidateAsync_ValidToken_Succeeds()
    {
        var result = await Validator().ValidateAsync(_bf.Token(), _activity, CancellationToken.None);

        Assert.True(result.Succeeded, result.Reason);
    }

    [Fact]
    public async Task ValidateAsync_ServiceUrlDiffersOnlyInCase_Succeeds()
    {
        var result = await Validator().ValidateAsync(_bf.Token(serviceUrl: "https://SMBA.trafficmanager.net/amer/"), _activity, CancellationToken.None);

        Assert.True(result.Succeeded, result.Reason);
    }

    [Fact]
    public async Task ValidateAsync_ExpiredBeyondSkew_Fails()
    {
        var result = await Validator().ValidateAsync(_bf.Token(expiresIn: TimeSpan.FromMinutes(-6)), _activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task ValidateAsync_ExpiredWithinSkew_Succeeds()
    {
        var result = await Validator().ValidateAsync(_bf.Token(expiresIn: TimeSpan.FromMinutes(-3)), _activity, CancellationToken.None);

        Assert.True(result.Succeeded, result.Reason);
    }

    [Fact]
    public async Task ValidateAsync_WrongAudience_Fails()
    {
        var result = await Validator().ValidateAsync(_bf.Token(audience: "another-app"), _activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task ValidateAsync_WrongIssuer_FailsBeforeSignature()
    {
        var result = await Validator().ValidateAsync(_bf.Token(issuer: "https://evil.example"), _activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("issuer", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_BadSignature_Fails()
    {
        var result = await Validator().ValidateAsync(_bf.Token(wrongKey: true), _activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task ValidateAsync_UnknownKid_RefreshesOnceAndFails()
    {
        var result = await Validator().ValidateAsync(_bf.Token(kid: "rotated-away"), _activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task ValidateAsync_ServiceUrlMismatch_Fails()
    {
        var result = await Validator().ValidateAsync(_bf.Token(serviceUrl: "https://attacker.example/"), _activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("serviceurl", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_KeyNotEndorsedForChannel_Fails()
    {
        using var slackOnly = new FakeBotFramework("slack");
        var validator = new BotTokenValidator(Options(), new TestHttpClientFactory(slackOnly.Handler));

        var result = await validator.ValidateAsync(slackOnly.Token(), _activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("endorse", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    public async Task ValidateAsync_Garbage_Fails(string token)
    {
        var result = await Validator().ValidateAsync(token, _activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task ValidateAsync_MetadataUnreachable_FailsClosed()
    {
        using var broken = new FakeHttpHandler((_, _) => new HttpResponseMessage(System.Net.HttpStatusCode.InternalServerError));
        var validator = new BotTokenValidator(Options(), new TestHttpClientFactory(broken));

        var result = await validator.ValidateAsync(_bf.Token(), _activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    public void Dispose() => _bf.Dispose();

    internal static IOptions<TeamsOptions> Options(string appId = FakeBotFramework.AppId) => Microsoft.Extensions.Options.Options.Create(new TeamsOptions
    {
        AppId = appId,
        AppPassword = "secret",
        OpenIdMetadataUrl = FakeBotFramework.MetadataUrl,
    });

    private BotTokenValidator Validator() => new(Options(), new TestHttpClientFactory(_bf.Handler));
}
