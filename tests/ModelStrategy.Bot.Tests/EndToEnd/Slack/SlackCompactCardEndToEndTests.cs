using System.Text.Json.Nodes;

namespace ModelStrategy.Bot.Tests.EndToEnd.Slack;

/// <summary>The compact card through the real host: shared from a quick answer, then "Details" and "Hide details" on the shared post.</summary>
[Trait("Category", "E2E")]
public sealed class SlackCompactCardEndToEndTests(SlackBotFactory factory) : IClassFixture<SlackBotFactory>
{
    private FakeSlackApi Slack => factory.Slack;

    [Fact]
    public async Task SharedCard_DetailsExpandsItInPlace_HideDetailsFoldsItAgain()
    {
        // Arrange: a quick answer, shared in the channel.
        await factory.CommandAsync(SlackPayloads.Command("C0COMPACT", "quick launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k",
            "trigger-compact-1", Slack.ResponseUrl("commands/compact")));
        var answer = await HookAsync("commands/compact");
        var (share, shareBlock, _) = SlackBlocks.Button(JsonNode.Parse(answer.Body)!["blocks"], "share");
        await factory.InteractionAsync(SlackPayloads.Click(share, shareBlock, "C0COMPACT", "1800000030.000100", null, "trigger-compact-2",
            Slack.ResponseUrl("actions/compact-share"), ephemeral: true));
        var shared = await HookAsync("actions/compact-share");

        // Act: Details on the shared post, then Hide details on what replaced it.
        var (details, detailsBlock, _) = SlackBlocks.Button(JsonNode.Parse(shared.Body)!["blocks"], "details");
        await factory.InteractionAsync(SlackPayloads.Click(details, detailsBlock, "C0COMPACT", "1800000031.000100", null, "trigger-compact-3",
            Slack.ResponseUrl("actions/compact-details")));
        var expanded = await HookAsync("actions/compact-details");
        var (hide, hideBlock, _) = SlackBlocks.Button(JsonNode.Parse(expanded.Body)!["blocks"], "details");
        await factory.InteractionAsync(SlackPayloads.Click(hide, hideBlock, "C0COMPACT", "1800000031.000100", null, "trigger-compact-4",
            Slack.ResponseUrl("actions/compact-hide")));
        var folded = await HookAsync("actions/compact-hide");

        // Assert
        Assert.DoesNotContain("How the paths compare", shared.Body, StringComparison.Ordinal);
        Assert.Equal("Details", (string?)details["text"]!["text"]);
        Assert.True(expanded.Json.GetProperty("replace_original").GetBoolean());
        Assert.Equal("in_channel", expanded.Json.GetProperty("response_type").GetString());
        Assert.Contains("How the paths compare", expanded.Body, StringComparison.Ordinal);
        Assert.Equal(shared.Json.GetProperty("text").GetString(), expanded.Json.GetProperty("text").GetString());
        Assert.Equal("Hide details", (string?)hide["text"]!["text"]);
        Assert.True(folded.Json.GetProperty("replace_original").GetBoolean());
        Assert.DoesNotContain("How the paths compare", folded.Body, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(shared.Body)!["blocks"], JsonNode.Parse(folded.Body)!["blocks"]));
        Assert.DoesNotContain(Slack.Calls, x => x.Method.StartsWith("chat.", StringComparison.Ordinal) && x.Channel == "C0COMPACT");
    }

    private async Task<SlackCall> HookAsync(string path) =>
        (await Slack.WaitForAsync(c => c.Any(x => x.Method == "hooks/" + path), path)).Single(x => x.Method == "hooks/" + path);
}
