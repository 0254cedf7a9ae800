using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Commands;
using ModelStrategy.Channels.Slack.Interactions;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Tests.Blocks;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.ChannelSupport.Telemetry;

using ModelStrategy.Channels.Slack.Tests.TestSupport;

namespace ModelStrategy.Channels.Slack.Tests.Commands;

/// <summary>The slash command's background work: quick triage, share, the modal and its result.</summary>
public sealed class CommandHandlerTests
{
    private static readonly RecommendationMetrics Metrics = new(new BotMeter());

    private const string ResponseUrl = "https://hooks.slack.com/commands/T1/1/abc";
    private readonly Mock<ISlackApiClient> _api = new();
    private readonly Mock<IRecommendationStore> _store = new();
    private readonly RecommendationService _service = CoreServices.RecommendationService();

    [Fact]
    public async Task Quick_StoresTheResultAndAnswersOnlyTheUserWithAShareButton()
    {
        Recommendation? stored = null;
        _store.Setup(s => s.SaveAsync(It.IsAny<Recommendation>(), It.IsAny<CancellationToken>()))
            .Callback<Recommendation, CancellationToken>((r, _) => stored = r).Returns(Task.CompletedTask);
        SlackResponse? sent = null;
        _api.Setup(a => a.RespondAsync(ResponseUrl, It.IsAny<SlackResponse>(), It.IsAny<CancellationToken>()))
            .Callback<string, SlackResponse, CancellationToken>((_, r, _) => sent = r).Returns(Task.CompletedTask);

        await new QuickHandler(_service, _store.Object, Metrics, Sender()).HandleAsync(new QuickWork("launch in 6 weeks, 300 labeled tickets, budget 40k", ResponseUrl), CancellationToken.None);

        Assert.NotNull(stored);
        Assert.NotNull(sent);
        Assert.False(sent.InChannel);
        Assert.Contains(stored.PathName, sent.Content.Text, StringComparison.Ordinal);
        var share = Assert.Single(Buttons(sent.Content.Blocks), b => ActionCodec.Decode((string?)b["value"])?.Name == CardActionNames.Share);
        Assert.Equal(stored.Id, ActionCodec.Decode((string?)share["value"])!.Values[CardActionNames.RecommendationKey]);
    }

    [Fact]
    public async Task Share_StoredRecommendation_PostedForEveryone()
    {
        var recommendation = _service.RecommendFromText("budget 40k");
        _store.Setup(s => s.GetAsync(recommendation.Id, It.IsAny<CancellationToken>())).ReturnsAsync(recommendation);
        SlackResponse? sent = null;
        _api.Setup(a => a.RespondAsync(ResponseUrl, It.IsAny<SlackResponse>(), It.IsAny<CancellationToken>()))
            .Callback<string, SlackResponse, CancellationToken>((_, r, _) => sent = r).Returns(Task.CompletedTask);

        await new ShareHandler(_store.Object, _api.Object, Sender()).HandleAsync(new ShareWork(recommendation.Id, ResponseUrl), CancellationToken.None);

        Assert.NotNull(sent);
        Assert.True(sent.InChannel);
        Assert.Contains(recommendation.PathName, sent.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Buttons(sent.Content.Blocks), b => ActionCodec.Decode((string?)b["value"])?.Name == CardActionNames.Share);
    }

    [Theory]
    [InlineData("abcdefghjkmn")]
    [InlineData("../../etc/passwd")]
    public async Task Share_UnknownOrMalformedId_ToldOnlyToTheUser(string id)
    {
        SlackResponse? sent = null;
        _api.Setup(a => a.RespondAsync(ResponseUrl, It.IsAny<SlackResponse>(), It.IsAny<CancellationToken>()))
            .Callback<string, SlackResponse, CancellationToken>((_, r, _) => sent = r).Returns(Task.CompletedTask);

        await new ShareHandler(_store.Object, _api.Object, Sender()).HandleAsync(new ShareWork(id, ResponseUrl), CancellationToken.None);

        Assert.NotNull(sent);
        Assert.False(sent.InChannel);
        Assert.Contains("can't find", sent.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenModal_OpensTheRenderedModalWithTheMetadata()
    {
        JsonObject? view = null;
        _api.Setup(a => a.OpenViewAsync("trigger-1", It.IsAny<JsonObject>(), It.IsAny<CancellationToken>()))
            .Callback<string, JsonObject, CancellationToken>((_, v, _) => view = v).ReturnsAsync("V1");

        await new OpenModalHandler(_api.Object, Sender()).HandleAsync(new OpenModalWork("trigger-1", "{\"c\":\"C1\",\"u\":\"U1\"}", ResponseUrl), CancellationToken.None);

        Assert.NotNull(view);
        Assert.Equal("modal", (string?)view["type"]);
        Assert.Equal("{\"c\":\"C1\",\"u\":\"U1\"}", (string?)view["private_metadata"]);
        _api.Verify(a => a.RespondAsync(It.IsAny<string>(), It.IsAny<SlackResponse>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task OpenModal_TriggerExpired_TellsTheUserEphemerally()
    {
        _api.Setup(a => a.OpenViewAsync(It.IsAny<string>(), It.IsAny<JsonObject>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SlackApiException(SlackMethods.OpenView, "expired_trigger_id"));

        await new OpenModalHandler(_api.Object, Sender()).HandleAsync(new OpenModalWork("trigger-1", "{}", ResponseUrl), CancellationToken.None);

        _api.Verify(a => a.RespondAsync(ResponseUrl, It.Is<SlackResponse>(r => !r.InChannel && r.Content.Text.Contains("form", StringComparison.Ordinal)), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ModalResult_PostedInTheCommandsChannel()
    {
        var origin = new ModalOrigin("C1", "U1", ResponseUrl);

        await ModalHandler().HandleAsync(new ModalResultWork(new ProjectConstraints { BudgetUsd = 50_000 }, null, origin), CancellationToken.None);

        _api.Verify(a => a.PostMessageAsync(new SlackPlace("C1", null), It.Is<SlackMessageContent>(c => c.Text.Length > 0), It.IsAny<CancellationToken>()), Times.Once);
        _api.Verify(a => a.RespondAsync(It.IsAny<string>(), It.IsAny<SlackResponse>(), It.IsAny<CancellationToken>()), Times.Never);
        _store.Verify(s => s.SaveAsync(It.IsAny<Recommendation>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData("not_in_channel")]
    [InlineData("channel_not_found")]
    public async Task ModalResult_BotNotInTheChannel_PostedThroughTheCommandsResponseUrl(string error)
    {
        _api.Setup(a => a.PostMessageAsync(It.IsAny<SlackPlace>(), It.IsAny<SlackMessageContent>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SlackApiException(SlackMethods.PostMessage, error));

        await ModalHandler().HandleAsync(new ModalResultWork(new ProjectConstraints(), "launch in 6 weeks", new ModalOrigin("G1", "U1", ResponseUrl)), CancellationToken.None);

        _api.Verify(a => a.RespondAsync(ResponseUrl, It.Is<SlackResponse>(r => r.InChannel), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ModalResult_OtherRefusal_NotRepostedElsewhere()
    {
        _api.Setup(a => a.PostMessageAsync(It.IsAny<SlackPlace>(), It.IsAny<SlackMessageContent>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SlackApiException(SlackMethods.PostMessage, "invalid_auth"));

        await Assert.ThrowsAsync<SlackApiException>(() =>
            ModalHandler().HandleAsync(new ModalResultWork(new ProjectConstraints(), null, new ModalOrigin("C1", "U1", ResponseUrl)), CancellationToken.None));

        _api.Verify(a => a.RespondAsync(It.IsAny<string>(), It.IsAny<SlackResponse>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private ModalResultHandler ModalHandler() => new(_service, _store.Object, Metrics, _api.Object, Sender());

    private SlackReplySender Sender() => new(_api.Object, Renderers.Create(), NullLogger<SlackReplySender>.Instance);

    private static IEnumerable<JsonObject> Buttons(JsonArray blocks) => blocks.OfType<JsonObject>()
        .Where(b => (string?)b["type"] == "actions").SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>());
}
