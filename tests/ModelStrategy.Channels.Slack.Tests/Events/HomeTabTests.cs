using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Commands;
using ModelStrategy.Channels.Slack.Events;
using ModelStrategy.Channels.Slack.Interactions;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Tests.Blocks;
using ModelStrategy.Channels.Slack.Tests.TestSupport;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Channels.Slack.Tests.Events;

/// <summary>The Home tab: app_home_opened as Slack sends it (signed), views.publish with this workspace's recommendations, and its button.</summary>
[Trait("Category", "Contract")]
public sealed class HomeTabTests : IDisposable
{
    private const string Team = "T123ABC456";
    private const string User = "U061F7AUR";
    private readonly SlackHarness _slack = new();
    private readonly Mock<ISlackApiClient> _api = new();
    private readonly Mock<IRecommendationStore> _store = new();
    private readonly RecommendationService _service = CoreServices.RecommendationService();

    [Fact]
    public async Task AppHomeOpened_HomeTab_QueuedForThatPersonAndWorkspace()
    {
        var response = await _slack.EventAsync(Payloads.Text("app_home_opened", ("TAB", "home")));

        Assert.Equal(200, response.Status);
        var work = Assert.IsType<HomeWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal((User, Team), (work.UserId, work.TeamId));
        var pair = Assert.Single(_slack.ReadBackFromInbox());
        Assert.Equal(pair.Queued, pair.ReadBack);
    }

    [Fact]
    public async Task AppHomeOpened_MessagesTab_AcknowledgedAndIgnored()
    {
        var response = await _slack.EventAsync(Payloads.Text("app_home_opened", ("TAB", "messages")));

        Assert.Equal(200, response.Status);
        Assert.Empty(_slack.Queue.Items);
    }

    [Fact]
    public async Task Handle_PublishesTheHomeViewWithThePersonsAndTheWorkspacesRecommendations()
    {
        var mine = _service.RecommendFromText("launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k");
        var theirs = _service.RecommendFromText("train our own model from scratch on 2 trillion tokens, budget 5 million, 18 months");
        var audience = new Audience(Audience.Slack, Team);
        _store.Setup(s => s.RecentAsync(audience, User, HomeView.PerList, It.IsAny<CancellationToken>())).ReturnsAsync([mine]);
        _store.Setup(s => s.RecentAsync(audience, null, HomeView.PerList, It.IsAny<CancellationToken>())).ReturnsAsync([theirs, mine]);
        JsonObject? view = null;
        _api.Setup(a => a.PublishViewAsync(User, It.IsAny<JsonObject>(), It.IsAny<CancellationToken>()))
            .Callback<string, JsonObject, CancellationToken>((_, v, _) => view = v).Returns(Task.CompletedTask);

        await Handler().HandleAsync(new HomeWork(User) { TeamId = Team }, CancellationToken.None);

        Assert.NotNull(view);
        Assert.Equal("home", (string?)view["type"]);
        var blocks = view["blocks"]!.AsArray();
        var text = RecommendationBlocksTests.AllText(new SlackMessageContent("x", blocks));
        Assert.Contains(mine.PathName, text, StringComparison.Ordinal);
        Assert.Contains(theirs.PathName, text, StringComparison.Ordinal);
        var buttons = blocks.OfType<JsonObject>().SelectMany(b => b["elements"]?.AsArray().OfType<JsonObject>() ?? (b["accessory"] is JsonObject a ? [a] : [])).ToList();
        Assert.Single(buttons, b => (string?)b["action_id"] == HomeView.NewRecommendationActionId);
        Assert.Equal(3, buttons.Count(b => ((string?)b["url"])?.StartsWith(Renderers.BaseUrl + "/r/", StringComparison.Ordinal) == true));
        Assert.Equal(buttons.Count, buttons.Select(b => (string?)b["action_id"]).Distinct().Count());
    }

    [Fact]
    public async Task Handle_NoWorkspace_NothingReadOrPublished()
    {
        await Handler().HandleAsync(new HomeWork(User), CancellationToken.None);

        _store.VerifyNoOtherCalls();
        _api.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task NewRecommendation_OnTheHomeTab_OpensTheModalForTheDirectMessages()
    {
        var response = await _slack.InteractionAsync(Payloads.Text("block_actions_home", ("ACTION_ID", HomeView.NewRecommendationActionId)));

        Assert.Equal(200, response.Status);
        var work = Assert.IsType<OpenModalWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal("12466734323.1395872398.ad0a7b8c9d0e1f2a3b4c5d6e7f8a9b0d", work.TriggerId);
        Assert.Null(work.ResponseUrl);
        Assert.Equal(new ModalOrigin(User, User, null), ModalOrigin.FromMetadata(work.PrivateMetadata));
    }

    [Fact]
    public async Task AnotherButton_OnTheHomeTab_Ignored()
    {
        await _slack.InteractionAsync(Payloads.Text("block_actions_home", ("ACTION_ID", ActionCodec.LinkPrefix + "home.mine.1")));

        Assert.Empty(_slack.Queue.Items);
    }

    public void Dispose() => _slack.Dispose();

    private HomeHandler Handler() => new(_store.Object, ReportLinks.Under(Renderers.BaseUrl), _api.Object,
        new SlackReplySender(_api.Object, Renderers.Create(), NullLogger<SlackReplySender>.Instance));
}
