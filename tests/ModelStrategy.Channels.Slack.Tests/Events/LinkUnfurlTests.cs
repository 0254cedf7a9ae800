using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Events;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Tests.Blocks;
using ModelStrategy.Channels.Slack.Tests.TestSupport;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Channels.Slack.Tests.Events;

/// <summary>Link previews: link_shared as Slack sends it (signed), and chat.unfurl with the compact card for this workspace only.</summary>
[Trait("Category", "Contract")]
public sealed class LinkUnfurlTests : IDisposable
{
    private const string Team = "T123ABC456";
    private readonly SlackHarness _slack = new();
    private readonly Mock<ISlackApiClient> _api = new();
    private readonly Mock<IRecommendationStore> _store = new();
    private readonly RecommendationService _service = CoreServices.RecommendationService();

    [Fact]
    public async Task LinkShared_Posted_QueuedOnceWithTheMessageAndItsLinks()
    {
        var body = Payloads.Text("link_shared", ("URL", Renderers.BaseUrl + "/r/abcdefghjkmn"), ("URL2", "https://bot.example.com/elsewhere"));

        var first = await _slack.EventAsync(body);
        var repeat = await _slack.EventAsync(body);

        Assert.Equal((200, 200), (first.Status, repeat.Status));
        var work = Assert.IsType<UnfurlWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal(new SlackUnfurlTarget("C123ABC456", "1515449522.000016", "C123ABC456.1515449522.000016.1b90fa1278528ce6e2f6c5c2bfa1abc9", "conversations_history"), work.Target);
        Assert.Equal([Renderers.BaseUrl + "/r/abcdefghjkmn", "https://bot.example.com/elsewhere"], work.Urls);
        Assert.Equal(Team, work.TeamId);
        var pair = Assert.Single(_slack.ReadBackFromInbox());
        Assert.Equal(pair.Queued, pair.ReadBack);
    }

    [Fact]
    public async Task LinkShared_InTheComposer_QueuedWithItsUnfurlIdAndSource()
    {
        await _slack.EventAsync(Payloads.Text("link_shared_composer", ("URL", Renderers.BaseUrl + "/r/abcdefghjkmn")));

        var work = Assert.IsType<UnfurlWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal("composer", work.Target.Source);
        Assert.StartsWith("Uxxxxxxx-", work.Target.UnfurlId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"links\": [", "\"links\": [], \"x\": [")]
    [InlineData("\"message_ts\": \"1515449522.000016\"", "\"message_ts\": \"\"")]
    [InlineData("\"source\": \"conversations_history\"", "\"source\": \"elsewhere\"")]
    public async Task LinkShared_Malformed_AcknowledgedAndIgnored(string part, string broken)
    {
        var body = Payloads.Text("link_shared", ("URL", Renderers.BaseUrl + "/r/abcdefghjkmn"), ("URL2", Renderers.BaseUrl + "/r/abcdefghjkmp"));
        Assert.Contains(part, body, StringComparison.Ordinal);

        var response = await _slack.EventAsync(body.Replace(part, broken, StringComparison.Ordinal));

        Assert.Equal(200, response.Status);
        Assert.Empty(_slack.Queue.Items);
    }

    [Fact]
    public async Task LinkShared_Unsigned_Refused()
    {
        var response = await _slack.EventAsync(Payloads.Text("link_shared", ("URL", Renderers.BaseUrl + "/r/abcdefghjkmn"), ("URL2", "x")), sign: false);

        Assert.Equal(401, response.Status);
        Assert.Empty(_slack.Queue.Items);
    }

    [Fact]
    public async Task Handle_ThisWorkspacesReport_UnfurledAsTheCompactCardWithoutDetailsButton()
    {
        var recommendation = Stored(Team);
        var url = Renderers.BaseUrl + "/r/" + recommendation.Id;
        IReadOnlyDictionary<string, JsonArray>? sent = null;
        SlackUnfurlTarget? target = null;
        _api.Setup(a => a.UnfurlAsync(It.IsAny<SlackUnfurlTarget>(), It.IsAny<IReadOnlyDictionary<string, JsonArray>>(), It.IsAny<CancellationToken>()))
            .Callback<SlackUnfurlTarget, IReadOnlyDictionary<string, JsonArray>, CancellationToken>((t, u, _) => (target, sent) = (t, u)).Returns(Task.CompletedTask);
        var work = new UnfurlWork(new SlackUnfurlTarget("C123ABC456", "1515449522.000016", null, null), [url, "https://elsewhere.example.com/r/" + recommendation.Id]) { TeamId = Team };

        await Handler().HandleAsync(work, CancellationToken.None);

        Assert.Equal(work.Target, target);
        var blocks = Assert.Single(sent!, p => p.Key == url).Value;
        Assert.Single(sent!);
        var text = RecommendationBlocksTests.AllText(new SlackMessageContent("x", blocks));
        Assert.Contains(recommendation.PathName, text, StringComparison.Ordinal);
        var buttons = blocks.OfType<JsonObject>().Where(b => (string?)b["type"] == "actions").SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>()).ToList();
        Assert.DoesNotContain(buttons, b => (string?)b["text"]!["text"] == CompactBlocks.ShowTitle);
        Assert.Contains(buttons, b => ((string?)b["url"])?.StartsWith(url, StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("T999OTHER", Team)]
    [InlineData(Team, null)]
    [InlineData(Team, "T999OTHER")]
    public async Task Handle_AnotherWorkspacesReport_NoPreviewAtAll(string owner, string? reader)
    {
        var recommendation = Stored(owner);
        var work = new UnfurlWork(new SlackUnfurlTarget("C123ABC456", "1515449522.000016", null, null), [Renderers.BaseUrl + "/r/" + recommendation.Id]) { TeamId = reader };

        await Handler().HandleAsync(work, CancellationToken.None);

        _api.Verify(a => a.UnfurlAsync(It.IsAny<SlackUnfurlTarget>(), It.IsAny<IReadOnlyDictionary<string, JsonArray>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData("https://bot.example.com/r/abcdefghjkmn")]
    [InlineData("https://bot.example.com/r/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("https://bot.example.com/api/recommendations")]
    [InlineData("not a url")]
    public async Task Handle_UnknownOrNotAReport_NoPreviewAndNoCall(string url)
    {
        await Handler().HandleAsync(new UnfurlWork(new SlackUnfurlTarget("C1", "1.2", null, null), [url]) { TeamId = Team }, CancellationToken.None);

        _api.Verify(a => a.UnfurlAsync(It.IsAny<SlackUnfurlTarget>(), It.IsAny<IReadOnlyDictionary<string, JsonArray>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Handle_SlackRefuses_LoggedNotThrown()
    {
        var recommendation = Stored(Team);
        _api.Setup(a => a.UnfurlAsync(It.IsAny<SlackUnfurlTarget>(), It.IsAny<IReadOnlyDictionary<string, JsonArray>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SlackApiException(SlackMethods.Unfurl, "cannot_unfurl_url"));

        await Handler().HandleAsync(new UnfurlWork(new SlackUnfurlTarget("C1", "1.2", null, null), [Renderers.BaseUrl + "/r/" + recommendation.Id]) { TeamId = Team }, CancellationToken.None);

        _api.Verify(a => a.UnfurlAsync(It.IsAny<SlackUnfurlTarget>(), It.IsAny<IReadOnlyDictionary<string, JsonArray>>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    public void Dispose() => _slack.Dispose();

    private Recommendation Stored(string team)
    {
        var recommendation = _service.RecommendFromText("launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k") with { Audience = new Audience(Audience.Slack, team) };
        _store.Setup(s => s.GetAsync(recommendation.Id, It.IsAny<CancellationToken>())).ReturnsAsync(recommendation);
        return recommendation;
    }

    private UnfurlHandler Handler() => new(_store.Object, ReportLinks.Under(Renderers.BaseUrl),
        Options.Create(new PublicUrlOptions { PublicBaseUrl = Renderers.BaseUrl }), _api.Object,
        new SlackReplySender(_api.Object, Renderers.Create(), NullLogger<SlackReplySender>.Instance));
}
