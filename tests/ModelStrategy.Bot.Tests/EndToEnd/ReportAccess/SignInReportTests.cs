using System.Net;
using ModelStrategy.Bot.Tests.TestSupport.OpenId;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Tests.OpenId;

namespace ModelStrategy.Bot.Tests.EndToEnd.ReportAccess;

/// <summary>
/// Reports under SignIn, the whole OpenID Connect flow against local providers (discovery, keys, authorize, the token
/// endpoint redeeming a code with PKCE for a signed id_token): a member of the tenant or workspace a recommendation was
/// made in sees it in full; a member of another one is turned away; nobody signed in is sent to sign in and sees nothing.
/// </summary>
[Trait("Category", "E2E")]
public sealed class SignInReportTests : IAsyncLifetime, IDisposable
{
    private const string Tenant = "72f988bf-0000-4000-8000-00000000c0de";
    private const string OtherTenant = "11111111-0000-4000-8000-0000000000ff";
    private FakeOpenIdProvider _entra = null!;
    private FakeOpenIdProvider _slack = null!;
    private SignInFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _entra = await FakeOpenIdProvider.StartAsync(entra: true);
        _slack = await FakeOpenIdProvider.StartAsync(entra: false);
        _factory = new SignInFactory(_entra, _slack);
    }

    public void Dispose() => _factory.Dispose();

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _entra.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Theory]
    [InlineData("")]
    [InlineData(".md")]
    public async Task Member_SignsInWithMicrosoft_SeesTheReportInFull(string suffix)
    {
        var id = await _factory.StoreAsync(new Audience(Audience.Entra, Tenant));
        _entra.AutoSignIn = (Tenant.ToUpperInvariant(), "Ana Member");
        using var browser = new ReaderBrowser(_factory.Server);

        var (status, body, _) = await browser.OpenAsync($"/r/{id}{suffix}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(SignInFactory.UseCase.Replace("'", suffix.Length == 0 ? "&#x27;" : "'", StringComparison.Ordinal), body, StringComparison.Ordinal);
        Assert.Contains(browser.Visited, u => u.AbsoluteUri.StartsWith(_entra.BaseUri + "authorize?", StringComparison.Ordinal));
        Assert.Contains(browser.Visited, u => u.AbsolutePath == "/signin-entra");
        Assert.Equal(1, _entra.TokensIssued);
    }

    [Fact]
    public async Task NonMember_SignedInWithAnotherTenant_403AndNothingOfTheReport()
    {
        var id = await _factory.StoreAsync(new Audience(Audience.Entra, Tenant));
        _entra.AutoSignIn = (OtherTenant, "Eve Outsider");
        using var browser = new ReaderBrowser(_factory.Server);

        var (status, body, _) = await browser.OpenAsync($"/r/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("This report belongs to another team", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Falcon", body, StringComparison.Ordinal);
        Assert.DoesNotContain(id, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_IsSentToSignIn_AndNeitherPageNorMarkdownNorApiShowsAnything()
    {
        var id = await _factory.StoreAsync(new Audience(Audience.Entra, Tenant));
        using var browser = new ReaderBrowser(_factory.Server);
        using var anonymous = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        anonymous.DefaultRequestHeaders.Remove("X-Api-Key");

        var (status, body, address) = await browser.OpenAsync($"/r/{id}");
        var page = await anonymous.GetAsync(new Uri($"/r/{id}", UriKind.Relative));
        var api = await anonymous.GetAsync(new Uri($"/api/recommendations/{id}", UriKind.Relative));
        var otherKey = await _factory.CreateClient().GetAsync(new Uri($"/api/recommendations/{id}", UriKind.Relative));

        // The browser stops at the provider's sign-in form: the bot sent it there and showed nothing.
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith(_entra.BaseUri + "authorize?", address.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("Sign in to the fake Microsoft", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Contains("noindex", page.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherKey.StatusCode);
        Assert.DoesNotContain("Falcon", await otherKey.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlackMember_SignsInWithSlack_SeesIt_AnotherWorkspaceDoesNot()
    {
        var id = await _factory.StoreAsync(new Audience(Audience.Slack, "T0FALCON"));
        _slack.AutoSignIn = ("T0FALCON", "Ana");
        using var member = new ReaderBrowser(_factory.Server);
        var seen = await member.OpenAsync($"/r/{id}");
        _slack.AutoSignIn = ("T0OTHER", "Eve");
        using var outsider = new ReaderBrowser(_factory.Server);
        var refused = await outsider.OpenAsync($"/r/{id}");

        Assert.Equal(HttpStatusCode.OK, seen.Status);
        Assert.Contains("Project Falcon", seen.Body, StringComparison.Ordinal);
        Assert.Contains(member.Visited, u => u.AbsolutePath == "/signin-slack");
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.DoesNotContain("Falcon", refused.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInWithMicrosoft_OpeningASlackReport_IsAskedToSignInWithSlack()
    {
        var teams = await _factory.StoreAsync(new Audience(Audience.Entra, Tenant));
        var slack = await _factory.StoreAsync(new Audience(Audience.Slack, "T0FALCON"));
        _entra.AutoSignIn = (Tenant, "Ana");
        using var browser = new ReaderBrowser(_factory.Server);
        await browser.OpenAsync($"/r/{teams}");

        var (status, body, address) = await browser.OpenAsync($"/r/{slack}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith(_slack.BaseUri + "authorize?", address.AbsoluteUri, StringComparison.Ordinal);
        Assert.DoesNotContain("Falcon", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecommendationWithoutAnAudience_StoredByAnOlderBuild_IsNobodysToRead()
    {
        var id = await _factory.StoreAsync(audience: null);
        _entra.AutoSignIn = (Tenant, "Ana");
        using var browser = new ReaderBrowser(_factory.Server);

        var (status, body, _) = await browser.OpenAsync($"/r/{id}");
        var api = await _factory.CreateClient().GetAsync(new Uri($"/api/recommendations/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain("Falcon", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(0, _entra.TokensIssued);
    }

    [Fact]
    public async Task SignOut_ForgetsTheReader()
    {
        var id = await _factory.StoreAsync(new Audience(Audience.Entra, Tenant));
        _entra.AutoSignIn = (Tenant, "Ana");
        using var browser = new ReaderBrowser(_factory.Server);
        await browser.OpenAsync($"/r/{id}");

        await browser.OpenAsync("/signout");
        _entra.AutoSignIn = null;
        var (_, body, address) = await browser.OpenAsync($"/r/{id}");

        Assert.StartsWith(_entra.BaseUri + "authorize?", address.AbsoluteUri, StringComparison.Ordinal);
        Assert.DoesNotContain("Falcon", body, StringComparison.Ordinal);
    }
}
