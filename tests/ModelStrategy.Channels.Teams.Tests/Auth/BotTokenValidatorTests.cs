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

    [Theory]
    [InlineData("valid", true, null)]
    [InlineData("service url differing only in case", true, null)]
    [InlineData("expired within the clock skew", true, null)]
    [InlineData("expired beyond the clock skew", false, null)]
    [InlineData("for another audience", false, null)]
    [InlineData("from another issuer", false, "issuer")]
    [InlineData("signed with another key", false, null)]
    [InlineData("signed with a key id no longer published (after one refresh)", false, null)]
    [InlineData("for another service url", false, "serviceurl")]
    public async Task ValidateAsync_Token_SucceedsOnlyWhenItIsOurs(string token, bool succeeds, string? reason)
    {
        var result = await Validator().ValidateAsync(Token(token), _activity, CancellationToken.None);

        Assert.True(result.Succeeded == succeeds, result.Reason);
        if (reason is not null)
        {
            Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
        }
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

    /// <summary>A token of the fake Bot Framework, valid but for what <paramref name="token"/> names.</summary>
    private string Token(string token) => token switch
    {
        "valid" => _bf.Token(),
        "service url differing only in case" => _bf.Token(serviceUrl: "https://SMBA.trafficmanager.net/amer/"),
        "expired within the clock skew" => _bf.Token(expiresIn: TimeSpan.FromMinutes(-3)),
        "expired beyond the clock skew" => _bf.Token(expiresIn: TimeSpan.FromMinutes(-6)),
        "for another audience" => _bf.Token(audience: "another-app"),
        "from another issuer" => _bf.Token(issuer: "https://evil.example"),
        "signed with another key" => _bf.Token(wrongKey: true),
        "signed with a key id no longer published (after one refresh)" => _bf.Token(kid: "rotated-away"),
        "for another service url" => _bf.Token(serviceUrl: "https://attacker.example/"),
        _ => throw new ArgumentOutOfRangeException(nameof(token), token, "no such token in this test"),
    };

    private BotTokenValidator Validator() => new(Options(), new TestHttpClientFactory(_bf.Handler));
}
