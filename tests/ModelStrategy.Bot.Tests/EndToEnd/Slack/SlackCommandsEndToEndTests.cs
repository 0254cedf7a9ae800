using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ModelStrategy.Bot.Tests.EndToEnd.Slack;

/// <summary>/modelstrategy through the real host: the modal and its submission, quick triage and Share, help.</summary>
[Trait("Category", "E2E")]
public sealed class SlackCommandsEndToEndTests(SlackBotFactory factory) : IClassFixture<SlackBotFactory>
{
    private FakeSlackApi Slack => factory.Slack;

    [Fact]
    public async Task Command_OpensTheModal_SubmissionErrorsOnTheField_ThenTheResultIsPostedInTheChannel()
    {
        // Arrange: the command opens the modal with the trigger.
        var command = await factory.CommandAsync(SlackPayloads.Command("C0MODAL", "", "trigger-modal-1", Slack.ResponseUrl("commands/modal")));
        var open = (await Slack.WaitForAsync(c => c.Any(x => x.Method == "views.open"), "views.open")).Single(x => x.Method == "views.open");
        var view = open.Json.GetProperty("view");
        var metadata = view.GetProperty("private_metadata").GetString()!;

        // Act: a bad value, then a good submission.
        var bad = await factory.InteractionAsync(SlackPayloads.Submission("V0MODAL1", metadata, new JsonObject
        {
            ["labeledExamples"] = new JsonObject { ["labeledExamples"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = "-5" } },
        }));
        var good = await factory.InteractionAsync(SlackPayloads.Submission("V0MODAL1", metadata, Merge(
            SlackPayloads.Selected("need", "knowledge"), SlackPayloads.Selected("budgetUsd", "50000"))));
        var post = (await Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Channel == "C0MODAL"), "the result"))
            .Single(x => x.Method == "chat.postMessage" && x.Channel == "C0MODAL");

        // Assert
        Assert.Equal(HttpStatusCode.OK, command.StatusCode);
        Assert.Equal(string.Empty, await command.Content.ReadAsStringAsync());
        Assert.Equal("trigger-modal-1", open.Json.GetProperty("trigger_id").GetString());
        Assert.Equal("modal", view.GetProperty("type").GetString());
        var errors = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("errors", errors.GetProperty("response_action").GetString());
        Assert.True(errors.GetProperty("errors").TryGetProperty("labeledExamples", out _));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(string.Empty, await good.Content.ReadAsStringAsync());
        Assert.Null(post.ThreadTs);
        Assert.Contains("$", post.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModalResult_BotNotInTheChannel_FallsBackToTheCommandsResponseUrl()
    {
        await factory.CommandAsync(SlackPayloads.Command("G0PRIVATE", "", "trigger-modal-2", Slack.ResponseUrl("commands/private")));
        var open = (await Slack.WaitForAsync(c => c.Any(x => x.Method == "views.open" && x.Json.GetProperty("trigger_id").GetString() == "trigger-modal-2"), "views.open"))
            .Single(x => x.Method == "views.open" && x.Json.GetProperty("trigger_id").GetString() == "trigger-modal-2");
        Slack.Script("chat.postMessage", new ScriptedAnswer(200, """{"ok":false,"error":"not_in_channel"}"""));

        await factory.InteractionAsync(SlackPayloads.Submission("V0MODAL2", open.Json.GetProperty("view").GetProperty("private_metadata").GetString()!,
            SlackPayloads.Selected("need", "behavior")));
        var hook = (await Slack.WaitForAsync(c => c.Any(x => x.Method == "hooks/commands/private"), "the response_url post"))
            .Single(x => x.Method == "hooks/commands/private");

        Assert.Single(Slack.Calls, x => x.Method == "chat.postMessage" && x.Channel == "G0PRIVATE");
        Assert.Equal("in_channel", hook.Json.GetProperty("response_type").GetString());
        Assert.Null(hook.Authorization);
    }

    [Fact]
    public async Task Quick_EphemeralAnswerWithShare_ShareThenPostsItForEveryone()
    {
        // Arrange
        var response = await factory.CommandAsync(SlackPayloads.Command("C0QUICK", "quick launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k",
            "trigger-quick-1", Slack.ResponseUrl("commands/quick")));
        var answer = (await Slack.WaitForAsync(c => c.Any(x => x.Method == "hooks/commands/quick"), "the quick answer"))
            .Single(x => x.Method == "hooks/commands/quick");
        var (share, blockId, _) = SlackBlocks.Button(JsonNode.Parse(answer.Body)!["blocks"], "share");

        // Act
        await factory.InteractionAsync(SlackPayloads.Click(share, blockId, "C0QUICK", "1800000020.000100", null, "trigger-share-1",
            Slack.ResponseUrl("actions/share"), ephemeral: true));
        var shared = (await Slack.WaitForAsync(c => c.Any(x => x.Method == "hooks/actions/share"), "the shared post")).Single(x => x.Method == "hooks/actions/share");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ephemeral", answer.Json.GetProperty("response_type").GetString());
        Assert.Null(answer.Authorization);
        Assert.Equal("in_channel", shared.Json.GetProperty("response_type").GetString());
        Assert.Equal(answer.Json.GetProperty("text").GetString(), shared.Json.GetProperty("text").GetString());
        Assert.DoesNotContain(SlackBlocks.Buttons(JsonNode.Parse(shared.Body)!["blocks"]), b => b.Command == "share");
        Assert.DoesNotContain(Slack.Calls, x => x.Method.StartsWith("chat.", StringComparison.Ordinal) && x.Channel == "C0QUICK");
        Assert.Contains("How the paths compare", answer.Body, StringComparison.Ordinal); // the asker's full answer …
        Assert.DoesNotContain("How the paths compare", shared.Body, StringComparison.Ordinal); // … is shared as the compact card
        Assert.Contains("*Pros*", shared.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_AnsweredInTheResponseOnlyForTheUser()
    {
        var response = await factory.CommandAsync(SlackPayloads.Command("C0HELPCMD", "help", "trigger-help-1", Slack.ResponseUrl("commands/help")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ephemeral", body.GetProperty("response_type").GetString());
        Assert.Contains("/modelstrategy quick", body.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ViewClosed_Acknowledged()
    {
        var response = await factory.InteractionAsync("""
            {"type":"view_closed","team":{"id":"T0E2ETEAM","domain":"e2e"},"user":{"id":"U0ANA","name":"ana","team_id":"T0E2ETEAM"},
             "api_app_id":"A0E2E","token":"x","view":{"id":"V0CLOSED","type":"modal","callback_id":"modelstrategy","private_metadata":"",
             "state":{"values":{}},"hash":"1.a","notify_on_close":true},"is_cleared":false}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    private static JsonObject Merge(params JsonObject[] parts)
    {
        var merged = new JsonObject();
        foreach (var (key, value) in parts.SelectMany(p => p.ToList()))
        {
            merged[key] = value!.DeepClone();
        }

        return merged;
    }
}
