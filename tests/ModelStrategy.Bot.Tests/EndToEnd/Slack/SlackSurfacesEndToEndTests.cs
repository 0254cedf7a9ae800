using System.Text.Json.Nodes;

namespace ModelStrategy.Bot.Tests.EndToEnd.Slack;

/// <summary>
/// Link previews, the message shortcut and the Home tab through the real host (signed requests, SQLite, the Web API over
/// HTTP): what Slack would be asked to show.
/// </summary>
[Trait("Category", "E2E")]
public sealed class SlackSurfacesEndToEndTests(SlackBotFactory factory) : IClassFixture<SlackBotFactory>
{
    private const string Project = "Support bot for our help desk: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k";

    private FakeSlackApi Slack => factory.Slack;

    [Fact]
    public async Task MessageShortcut_AnswersInTheThreadOnlyToTheAsker_ShareThenPostsIt_AndItsReportLinkUnfurlsIntoTheCompactCard()
    {
        // Act: "Triage this message" on Bob's post, then Share on the answer only Ana sees.
        await factory.InteractionAsync(SlackPayloads.MessageShortcut("C0SURFACE", "1800000040.000100", Project, "trigger-surface-1", Slack.ResponseUrl("app/surface")));
        var ephemeral = await CallAsync("chat.postEphemeral", c => c.Channel == "C0SURFACE");
        var (share, shareBlock, _) = SlackBlocks.Button(JsonNode.Parse(ephemeral.Json.GetProperty("blocks").GetRawText()), "share");
        await factory.InteractionAsync(SlackPayloads.Click(share, shareBlock, "C0SURFACE", "1800000041.000100", null, "trigger-surface-2",
            Slack.ResponseUrl("actions/surface-share"), ephemeral: true));
        var shared = await CallAsync("chat.postMessage", c => c.Channel == "C0SURFACE");
        var report = Assert.Single(SlackBlocks.Links(JsonNode.Parse(shared.Json.GetProperty("blocks").GetRawText())));
        await factory.EventAsync(SlackPayloads.LinkShared("Ev0SURFACE1", "C0SURFACE", "1800000042.000100", report));
        var unfurl = await CallAsync("chat.unfurl", _ => true);

        // Assert: the answer in the message's own thread, for Ana only, with Share; shared in that thread for everyone.
        Assert.Equal(("U0ANA", "1800000040.000100"), (ephemeral.Json.GetProperty("user").GetString(), ephemeral.ThreadTs));
        var path = PathName(ephemeral);
        Assert.Equal(path, PathName(shared));
        Assert.Equal("1800000040.000100", shared.ThreadTs);
        Assert.DoesNotContain(SlackBlocks.Buttons(JsonNode.Parse(shared.Json.GetProperty("blocks").GetRawText())), b => b.Command == "share");
        Assert.StartsWith("https://bot.example.com/r/", report, StringComparison.Ordinal);
        // The link's preview: the same compact card, keyed by the link as Slack sent it, without Details.
        Assert.Equal("C0SURFACE.1800000042.000100.1b90fa1278528ce6e2f6c5c2bfa1abc9", unfurl.Json.GetProperty("unfurl_id").GetString());
        var preview = JsonNode.Parse(unfurl.Json.GetProperty("unfurls").GetProperty(report).GetProperty("blocks").GetRawText());
        Assert.Contains(path, preview!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(SlackBlocks.Buttons(preview), b => b.Command == "details");
        Assert.Equal("Bearer " + SlackBotFactory.Token, unfurl.Authorization);
    }

    [Fact]
    public async Task HomeTab_ListsTheRecommendationsOfThePersonAndTheWorkspace()
    {
        await factory.CommandAsync(SlackPayloads.Command("C0HOME", "quick " + Project, "trigger-home-1", Slack.ResponseUrl("commands/home")));
        var answer = await CallAsync("hooks/commands/home", _ => true);

        await factory.EventAsync(SlackPayloads.HomeOpened("Ev0HOME1", "U0ANA"));
        var published = await CallAsync("views.publish", _ => true);

        Assert.Equal("U0ANA", published.Json.GetProperty("user_id").GetString());
        var view = published.Json.GetProperty("view");
        Assert.Equal("home", view.GetProperty("type").GetString());
        var text = view.GetRawText();
        Assert.Contains("New recommendation", text, StringComparison.Ordinal);
        Assert.Contains("Your recent recommendations", text, StringComparison.Ordinal);
        Assert.DoesNotContain("You have no recommendations", text, StringComparison.Ordinal);
        Assert.Contains(PathName(answer), text, StringComparison.Ordinal);
    }

    /// <summary>The path a message recommends, from its fallback text ("Recommended: {path} (… confidence) …").</summary>
    private static string PathName(SlackCall call)
    {
        var text = call.Json.GetProperty("text").GetString()!;
        Assert.StartsWith("Recommended: ", text, StringComparison.Ordinal);
        return text["Recommended: ".Length..text.IndexOf(" (", StringComparison.Ordinal)];
    }

    private async Task<SlackCall> CallAsync(string method, Func<SlackCall, bool> match) =>
        (await Slack.WaitForAsync(c => c.Any(x => x.Method == method && match(x)), method)).First(x => x.Method == method && match(x));
}
