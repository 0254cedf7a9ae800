using System.Text.Json.Nodes;

namespace ModelStrategy.Bot.Tests.EndToEnd.Slack;

/// <summary>A whole guided dialog in a channel thread, driven by clicks as a person would, through the real host.</summary>
[Trait("Category", "E2E")]
public sealed class SlackDialogEndToEndTests(SlackBotFactory factory) : IClassFixture<SlackBotFactory>
{
    private const string Channel = "C0DIALOG";
    private const string Root = "1800000010.000100";

    [Fact]
    public async Task GuidedDialogInAThread_OneMessageUpdatedInPlaceUntilTheRecommendation()
    {
        // Arrange: @mention with "start" posts the first question in the mention's thread.
        var slack = factory.Slack;
        await factory.EventAsync(SlackPayloads.Mention("EvE2EDialog", Channel, Root, "start"));
        var first = (await slack.WaitForAsync(c => c.Any(x => x.Channel == Channel), "the first question")).Single(x => x.Channel == Channel);
        Assert.Equal(Root, first.ThreadTs);
        var messageTs = first.PostedTs!;
        var blocks = JsonNode.Parse(first.Body)!["blocks"];

        // Act: answer the first question with a choice, then take the typical answer for every further step.
        var clicks = 0;
        var command = "answer";
        while (!SlackBlocks.Buttons(blocks).Any(b => b.Command == "share") && clicks < 20)
        {
            var (button, blockId, _) = SlackBlocks.Button(blocks, command);
            var updatesBefore = slack.Calls.Count(x => x.Method == "chat.update");
            var response = await factory.InteractionAsync(SlackPayloads.Click(button, blockId, Channel, messageTs, Root, $"trigger-dialog-{clicks}",
                slack.ResponseUrl("actions/dialog")));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var update = (await slack.WaitForAsync(c => c.Count(x => x.Method == "chat.update") > updatesBefore, $"the update after click {clicks}"))
                .Where(x => x.Method == "chat.update").Last();
            Assert.Equal(messageTs, update.Json.GetProperty("ts").GetString());
            Assert.Equal(Channel, update.Channel);
            blocks = JsonNode.Parse(update.Body)!["blocks"];
            command = "skip";
            clicks++;
        }

        // Assert: the same message became the recommendation; nothing else was posted in the thread.
        var final = slack.Calls.Last(x => x.Method == "chat.update");
        var text = final.Json.GetProperty("text").GetString()!;
        Assert.True(clicks is >= 3 and <= 12, $"{clicks} clicks");
        Assert.Contains("$", text, StringComparison.Ordinal);
        Assert.Contains(SlackBlocks.Buttons(blocks), b => b.Command == "share");
        Assert.Single(slack.Calls, x => x.Method == "chat.postMessage" && x.Channel == Channel);
        Assert.All(slack.Calls.Where(x => x.Method == "chat.update"), u => Assert.Equal(messageTs, u.Json.GetProperty("ts").GetString()));
    }
}
