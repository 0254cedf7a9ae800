using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Bot.Tests.EndToEnd.Slack;
using ModelStrategy.Bot.Tests.EndToEnd.Teams;
using ModelStrategy.Bot.Tests.TestSupport.OpenId;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Tests.OpenId;

namespace ModelStrategy.Bot.Tests.EndToEnd.ReportAccess;

/// <summary>
/// The cards' "Open full report" links work in both modes, and a recommendation made in a chat records the tenant or
/// workspace it was made in: a Teams card under Link carries a token its holder opens the report with; a Slack card
/// under SignIn carries the plain address, where a member of the workspace signs in with Slack and reads it in full.
/// </summary>
[Trait("Category", "E2E")]
public sealed partial class CardLinkTests
{
    [Fact]
    public async Task TeamsCard_UnderLink_OpensTheReportWithoutTheTeamsOwnWords_AndItBelongsToTheTenant()
    {
        using var factory = new LinkTeamsFactory();

        await factory.PostAsync(TeamsPayloads.Message("cl-1", "quick: launch in 6 weeks, Project Falcon, 300 labeled tickets"));
        var link = ReportLink().Match(Assert.Single(factory.Connector.Calls).Body).Groups[1].Value;
        using var reader = factory.CreateClient();
        reader.DefaultRequestHeaders.Remove("X-Api-Key");
        using var page = await reader.GetAsync(new Uri(new Uri(link).PathAndQuery, UriKind.Relative));

        Assert.StartsWith("http://localhost/r/", link, StringComparison.Ordinal);
        Assert.Contains("?k=", link, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("Falcon", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var id = new Uri(link).AbsolutePath[3..];
        var stored = await factory.Services.GetRequiredService<IRecommendationStore>().GetAsync(id, CancellationToken.None);
        Assert.Equal(new Audience(Audience.Entra, TeamsPayloads.Tenant), stored!.Audience);
    }

    [Fact]
    public async Task SlackCard_UnderSignIn_AMemberOfTheWorkspaceSignsInAndReadsItInFull()
    {
        await using var slackSignIn = await FakeOpenIdProvider.StartAsync(entra: false);
        using var factory = new SignInSlackFactory(slackSignIn);
        var hook = factory.Slack.ResponseUrl("commands/card-link");

        await factory.CommandAsync(SlackPayloads.Command("C0LINK", "quick launch in 6 weeks, Project Falcon, 300 labeled tickets", "trigger-card-link", hook));
        var posted = (await factory.Slack.WaitForAsync(c => c.Any(x => x.Method == "hooks/commands/card-link"), "the quick answer"))
            .Single(x => x.Method == "hooks/commands/card-link");
        var link = ReportLink().Match(posted.Body).Groups[1].Value;
        slackSignIn.AutoSignIn = (SlackPayloads.Team, "Ana");
        using var browser = new ReaderBrowser(factory.Server);
        var report = await browser.OpenAsync(new Uri(link).PathAndQuery);

        Assert.Matches(@"^http://localhost/r/[a-z0-9]{12}$", link);
        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.Contains("Project Falcon", report.Body, StringComparison.Ordinal);
        Assert.Contains(browser.Visited, u => u.AbsolutePath == "/signin-slack");
    }

    [GeneratedRegex(@"""url""\s*:\s*""(http://localhost/r/[^""]+)""")]
    private static partial Regex ReportLink();

    private sealed class LinkTeamsFactory : TeamsBotFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Reports:Access"] = "Link",
            ["PublicBaseUrl"] = "http://localhost",
        };
    }

    private sealed class SignInSlackFactory(FakeOpenIdProvider signIn) : SlackBotFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(base.Settings)
        {
            ["Reports:Access"] = "SignIn",
            ["PublicBaseUrl"] = "http://localhost",
            ["Slack:ClientId"] = FakeOpenIdProvider.ClientId,
            ["Slack:ClientSecret"] = FakeOpenIdProvider.ClientSecret,
            ["Reports:SlackAuthority"] = signIn.Authority,
        };
    }
}
