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
public sealed class SignInReportTests : IAsyncLifetime
{
    private const string Tenant = "72f988bf-0000-4000-8000-00000000c0de";
    private const string OtherTenant = "11111111-0000-4000-8000-0000000000ff";
    private SignInHosts _hosts = null!;

    private FakeOpenIdProvider EntraSignIn => _hosts.Entra;

    private FakeOpenIdProvider SlackSignIn => _hosts.Slack;

    private SignInFactory Host => _hosts.Factory;

    public async Task InitializeAsync() => _hosts = await SignInHosts.StartAsync();

    public async Task DisposeAsync() => await _hosts.DisposeAsync();

    [Theory]
    [InlineData("")]
    [InlineData(".md")]
    public async Task Member_SignsInWithMicrosoft_SeesTheReportInFull(string suffix)
    {
        var id = await Host.StoreAsync(new Audience(Audience.Entra, Tenant));
        EntraSignIn.AutoSignIn = (Tenant.ToUpperInvariant(), "Ana Member");
        using var browser = new ReaderBrowser(Host.Server);

        var (status, body, _) = await browser.OpenAsync($"/r/{id}{suffix}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(SignInFactory.UseCase.Replace("'", suffix.Length == 0 ? "&#x27;" : "'", StringComparison.Ordinal), body, StringComparison.Ordinal);
        Assert.Contains(browser.Visited, u => u.AbsoluteUri.StartsWith(EntraSignIn.BaseUri + "authorize?", StringComparison.Ordinal));
        Assert.Contains(browser.Visited, u => u.AbsolutePath == "/signin-entra");
        Assert.Equal(1, EntraSignIn.TokensIssued);
    }

    [Fact]
    public async Task NonMember_SignedInWithAnotherTenant_403AndNothingOfTheReport()
    {
        var id = await Host.StoreAsync(new Audience(Audience.Entra, Tenant));
        EntraSignIn.AutoSignIn = (OtherTenant, "Eve Outsider");
        using var browser = new ReaderBrowser(Host.Server);

        var (status, body, _) = await browser.OpenAsync($"/r/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("This report belongs to another team", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Falcon", body, StringComparison.Ordinal);
        Assert.DoesNotContain(id, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_IsSentToSignIn_AndNeitherPageNorMarkdownNorApiShowsAnything()
    {
        var id = await Host.StoreAsync(new Audience(Audience.Entra, Tenant));
        using var browser = new ReaderBrowser(Host.Server);
        using var anonymous = Host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        anonymous.DefaultRequestHeaders.Remove("X-Api-Key");

        var (status, body, address) = await browser.OpenAsync($"/r/{id}");
        var page = await anonymous.GetAsync(new Uri($"/r/{id}", UriKind.Relative));
        var api = await anonymous.GetAsync(new Uri($"/api/recommendations/{id}", UriKind.Relative));
        var otherKey = await Host.CreateClient().GetAsync(new Uri($"/api/recommendations/{id}", UriKind.Relative));

        // The browser stops at the provider's sign-in form: the bot sent it there and showed nothing.
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith(EntraSignIn.BaseUri + "authorize?", address.AbsoluteUri, StringComparison.Ordinal);
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
        var id = await Host.StoreAsync(new Audience(Audience.Slack, "T0FALCON"));
        SlackSignIn.AutoSignIn = ("T0FALCON", "Ana");
        using var member = new ReaderBrowser(Host.Server);
        var seen = await member.OpenAsync($"/r/{id}");
        SlackSignIn.AutoSignIn = ("T0OTHER", "Eve");
        using var outsider = new ReaderBrowser(Host.Server);
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
        var teams = await Host.StoreAsync(new Audience(Audience.Entra, Tenant));
        var slack = await Host.StoreAsync(new Audience(Audience.Slack, "T0FALCON"));
        EntraSignIn.AutoSignIn = (Tenant, "Ana");
        using var browser = new ReaderBrowser(Host.Server);
        await browser.OpenAsync($"/r/{teams}");

        var (status, body, address) = await browser.OpenAsync($"/r/{slack}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith(SlackSignIn.BaseUri + "authorize?", address.AbsoluteUri, StringComparison.Ordinal);
        Assert.DoesNotContain("Falcon", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecommendationWithoutAnAudience_StoredByAnOlderBuild_IsNobodysToRead()
    {
        var id = await Host.StoreAsync(audience: null);
        EntraSignIn.AutoSignIn = (Tenant, "Ana");
        using var browser = new ReaderBrowser(Host.Server);

        var (status, body, _) = await browser.OpenAsync($"/r/{id}");
        var api = await Host.CreateClient().GetAsync(new Uri($"/api/recommendations/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain("Falcon", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(0, EntraSignIn.TokensIssued);
    }

    [Fact]
    public async Task SignOut_ForgetsTheReader()
    {
        var id = await Host.StoreAsync(new Audience(Audience.Entra, Tenant));
        EntraSignIn.AutoSignIn = (Tenant, "Ana");
        using var browser = new ReaderBrowser(Host.Server);
        await browser.OpenAsync($"/r/{id}");

        await browser.OpenAsync("/signout");
        EntraSignIn.AutoSignIn = null;
        var (_, body, address) = await browser.OpenAsync($"/r/{id}");

        Assert.StartsWith(EntraSignIn.BaseUri + "authorize?", address.AbsoluteUri, StringComparison.Ordinal);
        Assert.DoesNotContain("Falcon", body, StringComparison.Ordinal);
    }
}
