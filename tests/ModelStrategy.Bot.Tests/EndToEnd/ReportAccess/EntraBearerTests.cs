using System.Net;
using System.Net.Http.Headers;
using ModelStrategy.Bot.Tests.TestSupport;
using ModelStrategy.Bot.Tests.TestSupport.OpenId;
using ModelStrategy.Tests.OpenId;

namespace ModelStrategy.Bot.Tests.EndToEnd.ReportAccess;

/// <summary>
/// The API with a Microsoft Entra access token for the bot's app registration: the recommendation belongs to the
/// caller's tenant, which reads it back (through the API, or signed in on its report); another tenant's token reads
/// nothing; a token for another audience or from another issuer is refused.
/// </summary>
[Trait("Category", "E2E")]
public sealed class EntraBearerTests : IAsyncLifetime
{
    private const string Tenant = "72f988bf-0000-4000-8000-00000000c0de";
    private SignInHosts _hosts = null!;

    private FakeOpenIdProvider EntraSignIn => _hosts.Entra;

    private SignInFactory Host => _hosts.Factory;

    public async Task InitializeAsync() => _hosts = await SignInHosts.StartAsync();

    public async Task DisposeAsync() => await _hosts.DisposeAsync();

    [Fact]
    public async Task TenantToken_CreatesAndReadsBack_AnotherTenantReadsNothing_AMemberSeesTheReport()
    {
        using var caller = Client(EntraSignIn.AccessToken(Tenant, FakeOpenIdProvider.ClientId));
        using var outsider = Client(EntraSignIn.AccessToken("11111111-0000-4000-8000-0000000000ff", "api://" + FakeOpenIdProvider.ClientId));

        using var created = await caller.PostAsync(new Uri("/api/recommendations", UriKind.Relative), HttpAssert.Json("""{"useCase":"Project Falcon"}"""));
        var posted = await HttpAssert.JsonAsync(created, HttpStatusCode.OK);
        var id = posted.GetProperty("id").GetString()!;
        using var mine = await caller.GetAsync(created.Headers.Location);
        using var theirs = await outsider.GetAsync(created.Headers.Location);
        EntraSignIn.AutoSignIn = (Tenant, "Ana");
        using var browser = new ReaderBrowser(Host.Server);
        var report = await browser.OpenAsync($"/r/{id}");

        Assert.Equal("Project Falcon", (await HttpAssert.JsonAsync(mine, HttpStatusCode.OK)).GetProperty("constraints").GetProperty("useCase").GetString());
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.Contains("Project Falcon", report.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenForAnotherAudienceOrFromAnotherProvider_401AndNothingStored()
    {
        await using var stranger = await FakeOpenIdProvider.StartAsync(entra: true);
        using var wrongAudience = Client(EntraSignIn.AccessToken(Tenant, "api://another-app"));
        using var wrongIssuer = Client(stranger.AccessToken(Tenant, FakeOpenIdProvider.ClientId));
        using var expired = Client(EntraSignIn.AccessToken(Tenant, FakeOpenIdProvider.ClientId, TimeSpan.FromMinutes(-10)));

        foreach (var client in new[] { wrongAudience, wrongIssuer, expired })
        {
            using var response = await client.PostAsync(new Uri("/api/recommendations", UriKind.Relative), HttpAssert.Json("{}"));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        using var ready = await Host.CreateClient().GetAsync(new Uri("/readyz", UriKind.Relative)); // opens the store
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(0, Fuzz.StoreConsistency.Count(Host.SqlitePath, "recommendations"));
    }

    private HttpClient Client(string token)
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
