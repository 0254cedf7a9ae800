using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Commands;
using ModelStrategy.Channels.Slack.Interactions;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Tests.Blocks;
using ModelStrategy.Channels.Slack.Tests.TestSupport;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.ChannelSupport.Telemetry;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Channels.Slack.Tests.Interactions;

/// <summary>
/// The shortcuts as Slack sends them (signed): "Triage this message" answers in the message's thread, only to the asker,
/// with Share to post it there; "New recommendation" opens the modal.
/// </summary>
[Trait("Category", "Contract")]
public sealed class ShortcutTests : IDisposable
{
    private const string Team = "T123ABC456";
    private const string ResponseUrl = "https://hooks.slack.com/app/T123ABC456/1234567890/ZyXwVuTsRqPoNmLkJiHgFeDc";
    private const string Project = "Support bot: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k";
    private static readonly RecommendationMetrics Metrics = new(new BotMeter());
    private readonly SlackHarness _slack = new();
    private readonly Mock<ISlackApiClient> _api = new();
    private readonly Mock<IRecommendationStore> _store = new();
    private readonly RecommendationService _service = CoreServices.RecommendationService();

    [Theory]
    [InlineData("", "1515449650.000300")]
    [InlineData(",\"thread_ts\": \"1515449600.000100\"", "1515449600.000100")]
    public async Task MessageShortcut_QueuedOnceWithTheMessageTextAndItsThread(string thread, string expectedThread)
    {
        var body = Payloads.Text("message_action", ("CALLBACK_ID", ShortcutReader.TriageMessage), ("TEXT", Payloads.Escaped("<@U0LAN0Z89> " + Project)), ("THREAD", thread));

        var first = await _slack.InteractionAsync(body);
        await _slack.InteractionAsync(body);

        Assert.Equal((200, string.Empty), (first.Status, first.Body));
        var work = Assert.IsType<TriageMessageWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal(("C123ABC456", expectedThread, "U061F7AUR", ResponseUrl, Team), (work.ChannelId, work.ThreadTs, work.UserId, work.ResponseUrl, work.TeamId));
        Assert.Contains(Project, work.MessageText, StringComparison.Ordinal);
        var pair = Assert.Single(_slack.ReadBackFromInbox());
        Assert.Equal(pair.Queued, pair.ReadBack);
    }

    [Fact]
    public async Task MessageShortcut_AnotherCallback_Ignored()
    {
        await _slack.InteractionAsync(Payloads.Text("message_action", ("CALLBACK_ID", "someone_elses"), ("TEXT", "x"), ("THREAD", "")));

        Assert.Empty(_slack.Queue.Items);
    }

    [Fact]
    public async Task MessageShortcut_Unsigned_Refused()
    {
        var response = await _slack.InteractionAsync(Payloads.Text("message_action", ("CALLBACK_ID", ShortcutReader.TriageMessage), ("TEXT", "x"), ("THREAD", "")), sign: false);

        Assert.Equal(401, response.Status);
        Assert.Empty(_slack.Queue.Items);
    }

    [Fact]
    public async Task GlobalShortcut_OpensTheModalWithItsResultForTheDirectMessages()
    {
        await _slack.InteractionAsync(Payloads.Text("shortcut", ("CALLBACK_ID", ShortcutReader.NewRecommendation)));

        var work = Assert.IsType<OpenModalWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal("944799105734.773906753841.38b5894552bdd4a780554ee59d1f3bbb", work.TriggerId);
        Assert.Equal(new ModalOrigin("U061F7AUR", "U061F7AUR", null), ModalOrigin.FromMetadata(work.PrivateMetadata));
        Assert.Null(work.ResponseUrl);
    }

    [Fact]
    public async Task Triage_AnswersInTheThreadOnlyToTheAsker_StoredForTheWorkspaceAndTheAsker()
    {
        Recommendation? stored = null;
        _store.Setup(s => s.SaveAsync(It.IsAny<Recommendation>(), It.IsAny<CancellationToken>()))
            .Callback<Recommendation, CancellationToken>((r, _) => stored = r).Returns(Task.CompletedTask);
        (SlackPlace Place, string User, SlackMessageContent Content)? sent = null;
        _api.Setup(a => a.PostEphemeralAsync(It.IsAny<SlackPlace>(), It.IsAny<string>(), It.IsAny<SlackMessageContent>(), It.IsAny<CancellationToken>()))
            .Callback<SlackPlace, string, SlackMessageContent, CancellationToken>((p, u, c, _) => sent = (p, u, c)).Returns(Task.CompletedTask);

        await Handler().HandleAsync(Work("&lt;200 ms latency. " + Project), CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Equal((new Audience(Audience.Slack, Team), "U061F7AUR"), (stored.Audience, stored.RequestedBy));
        Assert.Equal(_service.RecommendFromText("<200 ms latency. " + Project).Path, stored.Path);
        Assert.NotNull(sent);
        Assert.Equal((new SlackPlace("C123ABC456", "1515449600.000100"), "U061F7AUR"), (sent.Value.Place, sent.Value.User));
        Assert.Contains(stored.PathName, sent.Value.Content.Text, StringComparison.Ordinal);
        var share = Assert.Single(Buttons(sent.Value.Content.Blocks), b => ActionCodec.Decode((string?)b["value"])?.Name == CardActionNames.Share);
        var values = ActionCodec.Decode((string?)share["value"])!.Values;
        Assert.Equal((stored.Id, "1515449600.000100"), (values[CardActionNames.RecommendationKey], values[ShareWork.ThreadKey]));
        _api.Verify(a => a.RespondAsync(It.IsAny<string>(), It.IsAny<SlackResponse>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Triage_BotNotInTheChannel_AnsweredThroughTheResponseUrlStillOnlyToTheAsker()
    {
        _api.Setup(a => a.PostEphemeralAsync(It.IsAny<SlackPlace>(), It.IsAny<string>(), It.IsAny<SlackMessageContent>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SlackApiException(SlackMethods.PostEphemeral, "not_in_channel"));
        var sent = Capture();

        await Handler().HandleAsync(Work(Project), CancellationToken.None);

        Assert.NotNull(sent.Value);
        Assert.False(sent.Value.InChannel);
        Assert.Contains(Buttons(sent.Value.Content.Blocks), b => ActionCodec.Decode((string?)b["value"])?.Name == CardActionNames.Share);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<@U0LAN0Z89>")]
    public async Task Triage_MessageWithoutText_ANoteAndNothingStored(string text)
    {
        var sent = Capture();

        await Handler().HandleAsync(Work(text), CancellationToken.None);

        Assert.Equal(TriageMessageHandler.NoText.Text, sent.Value?.Content.Text);
        Assert.False(sent.Value!.InChannel);
        _store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Share_OnTheEphemeralResult_QueuedForItsThread()
    {
        var button = RenderedButtons.Find(Renderers.Create().Render(RecommendationCards.Compact(_service.RecommendFromText(Project), [ShareWork.InThread("abcdefghjkmn", "1515449600.000100")])).Blocks, CardActionNames.Share);

        await _slack.InteractionAsync(Payloads.Text("block_actions_ephemeral", ("ACTION_ID", button.ActionId), ("BLOCK_ID", button.BlockId), ("VALUE", Payloads.Escaped(button.Value))));

        var work = Assert.IsType<ShareWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal(("abcdefghjkmn", "C123ABC456", "1515449600.000100"), (work.RecommendationId, work.ChannelId, work.ThreadTs));
    }

    [Fact]
    public async Task Share_WithAThread_PostedInThatThreadForEveryone()
    {
        var recommendation = _service.RecommendFromText(Project);
        _store.Setup(s => s.GetAsync(recommendation.Id, It.IsAny<CancellationToken>())).ReturnsAsync(recommendation);
        SlackPlace? place = null;
        _api.Setup(a => a.PostMessageAsync(It.IsAny<SlackPlace>(), It.IsAny<SlackMessageContent>(), It.IsAny<CancellationToken>()))
            .Callback<SlackPlace, SlackMessageContent, CancellationToken>((p, _, _) => place = p).ReturnsAsync("1515449700.000200");

        await new ShareHandler(_store.Object, _api.Object, Sender()).HandleAsync(new ShareWork(recommendation.Id, ResponseUrl, "C123ABC456", "1515449600.000100"), CancellationToken.None);

        Assert.Equal(new SlackPlace("C123ABC456", "1515449600.000100"), place);
        _api.Verify(a => a.RespondAsync(It.IsAny<string>(), It.IsAny<SlackResponse>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    public void Dispose() => _slack.Dispose();

    private static TriageMessageWork Work(string text) => new(text, "C123ABC456", "1515449600.000100", "U061F7AUR", ResponseUrl) { TeamId = Team };

    private TriageMessageHandler Handler() => new(_service, _store.Object, Metrics, _api.Object, Sender());

    private SlackReplySender Sender() => new(_api.Object, Renderers.Create(), NullLogger<SlackReplySender>.Instance);

    private StrongBox<SlackResponse> Capture()
    {
        var sent = new StrongBox<SlackResponse>();
        _api.Setup(a => a.RespondAsync(ResponseUrl, It.IsAny<SlackResponse>(), It.IsAny<CancellationToken>()))
            .Callback<string, SlackResponse, CancellationToken>((_, r, _) => sent.Value = r).Returns(Task.CompletedTask);
        return sent;
    }

    private static IEnumerable<JsonObject> Buttons(JsonArray blocks) => blocks.OfType<JsonObject>()
        .Where(b => (string?)b["type"] == "actions").SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>());
}
