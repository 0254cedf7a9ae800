using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Interactions;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Tests.Blocks;
using ModelStrategy.Channels.Slack.Tests.TestSupport;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Channels.Slack.Tests.Interactions;

/// <summary>"Details" on a compact card: the click as Slack sends it, and the card sent again in place.</summary>
public sealed class DetailsTests : IDisposable
{
    private const string ResponseUrl = "https://hooks.slack.com/actions/T123ABC456/1/abc";
    private readonly SlackHarness _slack = new();
    private readonly Mock<ISlackApiClient> _api = new();
    private readonly Mock<IRecommendationStore> _store = new();
    private readonly RecommendationService _service = CoreServices.RecommendationService();

    [Theory]
    [InlineData("block_actions", false)]
    [InlineData("block_actions_ephemeral", true)]
    public async Task Click_DetailsOnACompactCard_QueuedWithItsResponseUrl(string payload, bool preview)
    {
        var card = CardSamples.Get<CompactRecommendationCard>("compact-with-share");
        var button = RenderedButtons.Find(Renderers.Create().Render(card).Blocks, CardActionNames.Details);

        await _slack.InteractionAsync(Payloads.Text(payload, ("ACTION_ID", button.ActionId), ("BLOCK_ID", button.BlockId), ("VALUE", Payloads.Escaped(button.Value))));

        var work = Assert.IsType<DetailsWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal((card.RecommendationId, true, preview), (work.RecommendationId, work.Show, work.Preview));
        Assert.StartsWith("https://hooks.slack.com/actions/T123ABC456/", work.ResponseUrl, StringComparison.Ordinal);
        Assert.Equal("T123ABC456", work.TeamId);
        var pair = Assert.Single(_slack.ReadBackFromInbox());
        Assert.Equal(pair.Queued, pair.ReadBack);
    }

    [Fact]
    public async Task Click_HideDetails_QueuedToHide()
    {
        var card = CardSamples.Get<CompactRecommendationCard>("compact-expanded");
        var button = RenderedButtons.Find(Renderers.Create().Render(card).Blocks, CardActionNames.Details);

        await _slack.InteractionAsync(Payloads.Text("block_actions", ("ACTION_ID", button.ActionId), ("BLOCK_ID", button.BlockId), ("VALUE", Payloads.Escaped(button.Value))));

        Assert.False(Assert.IsType<DetailsWork>(Assert.Single(_slack.Queue.Items)).Show);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Handle_SameWorkspace_ReplacesTheMessageWithTheCardAndItsDetails(bool show, bool preview)
    {
        var recommendation = Stored("T123ABC456");
        var sent = Capture();

        await Handler().HandleAsync(new DetailsWork(recommendation.Id, show, preview, ResponseUrl) { TeamId = "T123ABC456" }, CancellationToken.None);

        Assert.NotNull(sent.Value);
        Assert.True(sent.Value.ReplaceOriginal);
        Assert.Equal(!preview, sent.Value.InChannel);
        var all = RecommendationBlocksTests.AllText(sent.Value.Content);
        Assert.Contains(recommendation.PathName, all, StringComparison.Ordinal);
        Assert.Equal(show, all.Contains("How the paths compare", StringComparison.Ordinal));
        var titles = Buttons(sent.Value.Content.Blocks).Select(b => (string?)b["text"]!["text"]).ToList();
        Assert.Contains(show ? CompactBlocks.HideTitle : CompactBlocks.ShowTitle, titles);
        Assert.Equal(preview, titles.Contains("Share"));
    }

    [Theory]
    [InlineData("T999OTHER")]
    [InlineData(null)]
    public async Task Handle_AnotherWorkspace_OnlyANoteForTheClickerThatRevealsNothing(string? team)
    {
        var recommendation = Stored("T123ABC456");
        var sent = Capture();

        await Handler().HandleAsync(new DetailsWork(recommendation.Id, true, false, ResponseUrl) { TeamId = team }, CancellationToken.None);

        Assert.NotNull(sent.Value);
        Assert.False(sent.Value.InChannel);
        Assert.False(sent.Value.ReplaceOriginal);
        Assert.Equal(DetailsHandler.NotHere.Text, sent.Value.Content.Text);
        Assert.DoesNotContain(recommendation.PathName, RecommendationBlocksTests.AllText(sent.Value.Content), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abcdefghjkmn")]
    [InlineData("../../etc/passwd")]
    public async Task Handle_UnknownOrMalformedId_TheSameNote(string id)
    {
        var sent = Capture();

        await Handler().HandleAsync(new DetailsWork(id, true, false, ResponseUrl) { TeamId = "T123ABC456" }, CancellationToken.None);

        Assert.Equal(DetailsHandler.NotHere.Text, sent.Value?.Content.Text);
    }

    public void Dispose() => _slack.Dispose();

    private Recommendation Stored(string team)
    {
        var recommendation = _service.RecommendFromText("launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k") with { Audience = new Audience(Audience.Slack, team) };
        _store.Setup(s => s.GetAsync(recommendation.Id, It.IsAny<CancellationToken>())).ReturnsAsync(recommendation);
        return recommendation;
    }

    private StrongBox<SlackResponse> Capture()
    {
        var sent = new StrongBox<SlackResponse>();
        _api.Setup(a => a.RespondAsync(ResponseUrl, It.IsAny<SlackResponse>(), It.IsAny<CancellationToken>()))
            .Callback<string, SlackResponse, CancellationToken>((_, r, _) => sent.Value = r).Returns(Task.CompletedTask);
        return sent;
    }

    private DetailsHandler Handler() => new(_store.Object, new SlackReplySender(_api.Object, Renderers.Create(), NullLogger<SlackReplySender>.Instance));

    private static IEnumerable<JsonObject> Buttons(JsonArray blocks) => blocks.OfType<JsonObject>()
        .Where(b => (string?)b["type"] == "actions").SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>());
}
