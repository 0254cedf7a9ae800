using System.Text.Json;
using ModelStrategy.Channels.Slack.Interactions;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Tests.Blocks;
using ModelStrategy.Channels.Slack.Tests.TestSupport;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Channels.Slack.Tests.Interactions;

/// <summary>
/// POST /slack/interactions with block_actions, view_submission and view_closed payloads shaped as Slack sends them
/// (Payloads/*.json), carrying the action ids and values our renderer put on the clicked buttons.
/// </summary>
[Trait("Category", "Contract")]
public sealed class InteractionsEndpointTests : IDisposable
{
    private readonly SlackHarness _slack = new();

    [Fact]
    public async Task BlockActions_SkipOnAThreadCard_QueuedForThatThreadsDialogWithTheMessageToUpdate()
    {
        var payload = Click("block_actions", Renderers.Create().Render(SampleCards.Question()).Blocks, CardActionNames.Skip);

        var response = await _slack.InteractionAsync(payload);

        Assert.Equal(200, response.Status);
        var work = Assert.IsType<DialogActionWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal(ConversationKey.Thread("slack", "T123ABC456", "C123ABC456", "1515449522.000016"), work.Input.Key);
        Assert.Equal(new SlackPlace("C123ABC456", "1515449522.000016"), work.Place);
        Assert.Equal("1515449530.000100", work.MessageTs);
        Assert.Equal(CardActionNames.Skip, work.Input.Action);
        Assert.Equal(SampleCards.Context, work.Input.Context);
        Assert.Equal(new Actor("U061F7AUR", "ana"), work.Input.Actor);
        Assert.Equal("12466734323.1395872398.5f8c2b9cd4e7a6b0f1d2c3e4a5b6c7d8", work.Input.DeliveryId);
    }

    [Fact]
    public async Task BlockActions_AnswerButton_CarriesTheChoice()
    {
        var blocks = Renderers.Create().Render(SampleCards.Question()).Blocks;
        var answer = blocks.OfType<System.Text.Json.Nodes.JsonObject>().SelectMany(b => b["elements"]?.AsArray() ?? [])
            .OfType<System.Text.Json.Nodes.JsonObject>().First(e => (string?)e["value"] is { } v && v.Contains("behavior", StringComparison.Ordinal));

        await _slack.InteractionAsync(Payloads.Text("block_actions", ("ACTION_ID", (string)answer["action_id"]!), ("BLOCK_ID", "b1"),
            ("VALUE", Payloads.Escaped((string)answer["value"]!))));

        var work = Assert.IsType<DialogActionWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal(CardActionNames.Answer, work.Input.Action);
        Assert.Equal("behavior", work.Input.Values["need"]);
    }

    [Fact]
    public async Task BlockActions_InADirectMessage_GoesToTheUsersPersonalDialog()
    {
        var payload = Click("block_actions", Renderers.Create().Render(SampleCards.Question()).Blocks, CardActionNames.Skip)
            .Replace("C123ABC456", "D024BE91L", StringComparison.Ordinal)
            .Replace("\"thread_ts\": \"1515449522.000016\"", "\"x\": 0", StringComparison.Ordinal);

        await _slack.InteractionAsync(payload);

        var work = Assert.IsType<DialogActionWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal(ConversationKey.Personal("slack", "T123ABC456", "U061F7AUR"), work.Input.Key);
        Assert.Equal(new SlackPlace("D024BE91L", null), work.Place);
    }

    [Fact]
    public async Task BlockActions_ShareOnAnEphemeralQuickResult_QueuesTheShare()
    {
        var payload = Click("block_actions_ephemeral", Renderers.Create().Render(SampleCards.Share("abcdefghjkmn")).Blocks, CardActionNames.Share);

        await _slack.InteractionAsync(payload);

        var work = Assert.IsType<ShareWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal("abcdefghjkmn", work.RecommendationId);
        Assert.Equal("https://hooks.slack.com/actions/T123ABC456/1234567891/ZyXwVuTsRqPoNmLkJiHgFeDc", work.ResponseUrl);
    }

    [Fact]
    public async Task BlockActions_SameClickDeliveredTwice_QueuedOnce()
    {
        var payload = Click("block_actions", Renderers.Create().Render(SampleCards.Question()).Blocks, CardActionNames.Skip);

        await _slack.InteractionAsync(payload);
        await _slack.InteractionAsync(payload);

        Assert.Single(_slack.Queue.Items);
    }

    [Theory]
    [InlineData("someone_elses_button", "v1")]
    [InlineData("ms.do.1", "not a token")]
    [InlineData("ms.link.1", "")]
    public async Task BlockActions_NotOursOrALinkButton_AcknowledgedAndIgnored(string actionId, string value)
    {
        var response = await _slack.InteractionAsync(Payloads.Text("block_actions", ("ACTION_ID", actionId), ("BLOCK_ID", "b"), ("VALUE", value)));

        Assert.Equal(200, response.Status);
        Assert.Empty(_slack.Queue.Items);
    }

    [Fact]
    public async Task ViewSubmission_BadValue_ErrorsOnThatFieldInTheResponse()
    {
        var payload = Submission("""{"labeledExamples":{"labeledExamples":{"type":"plain_text_input","value":"-5"}}}""");

        var response = await _slack.InteractionAsync(payload);

        Assert.Equal(200, response.Status);
        var body = JsonDocument.Parse(response.Body).RootElement;
        Assert.Equal("errors", body.GetProperty("response_action").GetString());
        Assert.Contains("integer", body.GetProperty("errors").GetProperty("labeledExamples").GetString(), StringComparison.Ordinal);
        Assert.Empty(_slack.Queue.Items);
    }

    [Fact]
    public async Task ViewSubmission_Valid_ClosesAndQueuesTheResultForTheCommandsChannel()
    {
        var payload = Submission("""
            {"budgetUsd":{"budgetUsd":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"About $50k"},"value":"50000"}}},
             "need":{"need":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"Both"},"value":"both"}}},
             "text":{"text":{"type":"plain_text_input","value":"launch in 6 weeks"}}}
            """);

        var response = await _slack.InteractionAsync(payload);

        Assert.Equal(200, response.Status);
        Assert.Equal(string.Empty, response.Body);
        var work = Assert.IsType<ModalResultWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal(50000, work.Constraints.BudgetUsd);
        Assert.Equal(Need.Both, work.Constraints.Need);
        Assert.Equal("launch in 6 weeks", work.Text);
        Assert.Equal(new ModalOrigin("C123ABC456", "U061F7AUR", "https://hooks.slack.com/commands/T123ABC456/1/abc"), work.Origin);
        Assert.Equal(["slack:view:V0123ABC456"], _slack.Ledger.Keys);
    }

    [Fact]
    public async Task ViewSubmission_OfAnotherView_Ignored()
    {
        var payload = Submission("{}").Replace("\"callback_id\": \"modelstrategy\"", "\"callback_id\": \"someone_else\"", StringComparison.Ordinal);

        var response = await _slack.InteractionAsync(payload);

        Assert.Equal(200, response.Status);
        Assert.Equal(string.Empty, response.Body);
        Assert.Empty(_slack.Queue.Items);
    }

    [Fact]
    public async Task ViewClosed_AcknowledgedAndIgnored()
    {
        var response = await _slack.InteractionAsync(Payloads.Text("view_closed"));

        Assert.Equal(200, response.Status);
        Assert.Equal(string.Empty, response.Body);
        Assert.Empty(_slack.Queue.Items);
    }

    [Theory]
    [InlineData("payload=%7Bnot+json")]
    [InlineData("payload=%5B%5D")]
    [InlineData("nopayload=1")]
    [InlineData("")]
    public async Task SignedButMalformed_400(string form)
    {
        var response = await _slack.PostAsync(SlackChannelEndpointRouteBuilderExtensions.InteractionsRoute, form, "application/x-www-form-urlencoded", null, sign: true);

        Assert.Equal(400, response.Status);
    }

    [Fact]
    public async Task Unsigned_401()
    {
        var response = await _slack.InteractionAsync(Payloads.Text("view_closed"), sign: false);

        Assert.Equal(401, response.Status);
    }

    public void Dispose() => _slack.Dispose();

    [Fact]
    public async Task EveryQueuedInteraction_ReadBackFromItsInboxItem_IsTheSameWork()
    {
        await _slack.InteractionAsync(Click("block_actions", Renderers.Create().Render(SampleCards.Question()).Blocks, CardActionNames.Skip));
        await _slack.InteractionAsync(Click("block_actions_ephemeral", Renderers.Create().Render(SampleCards.Share("abcdefghjkmn")).Blocks, CardActionNames.Share));
        await _slack.InteractionAsync(Submission("""
            {"need":{"need":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"Both"},"value":"both"}}},
             "text":{"text":{"type":"plain_text_input","value":"launch in 6 weeks"}}}
            """));

        var pairs = _slack.ReadBackFromInbox();

        Assert.Equal(3, pairs.Count);
        Assert.All(pairs, p => Assert.Equal(p.Queued, p.ReadBack));
        Assert.Equal(["interactions"], _slack.Inbox.Items.Select(i => i.Kind).Distinct());
    }

    private static string Click(string payload, System.Text.Json.Nodes.JsonArray blocks, string command)
    {
        var button = RenderedButtons.Find(blocks, command);
        return Payloads.Text(payload, ("ACTION_ID", button.ActionId), ("BLOCK_ID", button.BlockId), ("VALUE", Payloads.Escaped(button.Value)));
    }

    private static string Submission(string state) => Payloads.Text("view_submission",
        ("CALLBACK_ID", "modelstrategy"),
        ("METADATA", Payloads.Escaped(new ModalOrigin("C123ABC456", "U061F7AUR", "https://hooks.slack.com/commands/T123ABC456/1/abc").ToMetadata())),
        ("STATE", state));
}
