using System.Net;

namespace ModelStrategy.Bot.Tests.EndToEnd.Teams;

/// <summary>With an app id configured, loopback is no longer enough: every request needs a valid token.</summary>
[Trait("Category", "E2E")]
public sealed class TeamsAuthRequiredTests : IClassFixture<TeamsAuthRequiredTests.Factory>
{
    private readonly Factory _factory;

    public TeamsAuthRequiredTests(Factory factory) => _factory = factory;

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-token")]
    [InlineData("Basic dXNlcjpwdw==")]
    public async Task Post_AppIdSetWithoutValidToken_Returns401AndSendsNothing(string? authorization)
    {
        var response = await _factory.PostAsync(TeamsPayloads.Message("a-1", "help"), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.DoesNotContain(_factory.Connector.Calls, c => c.Uri.Contains("/v3/", StringComparison.Ordinal));
    }

    public sealed class Factory : TeamsBotFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Teams:AppId"] = "11111111-2222-3333-4444-555555555555",
            ["Teams:AppPassword"] = "test-only",
            ["Teams:OpenIdMetadataUrl"] = "https://login.test/v1/.well-known/openidconfiguration",
        };
    }
}
