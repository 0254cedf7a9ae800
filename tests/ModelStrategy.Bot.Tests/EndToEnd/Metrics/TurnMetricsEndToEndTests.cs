using System.Net;
using ModelStrategy.Bot.Tests.EndToEnd.Slack;
using ModelStrategy.Bot.Tests.EndToEnd.Teams;
using ModelStrategy.Bot.Tests.TestSupport;
using ModelStrategy.Core.ChannelSupport.Telemetry;

namespace ModelStrategy.Bot.Tests.EndToEnd.Metrics;

/// <summary>Real turns through the in-process hosts record the turn latency histogram with channel and kind.</summary>
[Trait("Category", "E2E")]
public sealed class TurnMetricsEndToEndTests
{
    [Fact]
    public async Task TeamsMessageAndInvoke_RecordOneTurnEach_TaggedTeamsWithTheirKind_InSeconds()
    {
        using var factory = new TeamsBotFactory();
        using var capture = new MetricCapture(factory.Services);

        var message = await factory.PostAsync(TeamsPayloads.Message("tm-1", "help", "a:metrics-turn"));
        var invoke = await factory.PostAsync(TeamsPayloads.Invoke("tm-2", "start", "a:metrics-turn"));

        Assert.Equal(HttpStatusCode.OK, message.Status);
        Assert.Equal(HttpStatusCode.OK, invoke.Status);
        var turns = capture.Of(MetricNames.TurnDuration);
        Assert.Equal(2, turns.Count);
        var messageTurn = Assert.Single(turns, t => t.Has(("channel", "teams"), ("kind", "message")));
        Assert.Single(turns, t => t.Has(("channel", "teams"), ("kind", "invoke")));
        Assert.Equal("s", messageTurn.Unit);
        Assert.All(turns, t => Assert.InRange(t.Value, double.Epsilon, 30));
    }

    [Fact]
    public async Task SlackMention_RecordsATurnTaggedSlackMessage_OnceTheReplyIsPosted()
    {
        using var factory = new SlackBotFactory();
        using var capture = new MetricCapture(factory.Services);

        await factory.EventAsync(SlackPayloads.Mention("EvMetrics1", "C0METRIC", "1800000500.000100", "help"));
        await factory.Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Channel == "C0METRIC"), "the reply");
        var turn = await capture.WaitForAsync(MetricNames.TurnDuration, m => m.Has(("channel", "slack")));

        Assert.True(turn.Has(("kind", "message")), "kind tag: " + turn.Tags["kind"]);
        Assert.InRange(turn.Value, double.Epsilon, 30);
        Assert.DoesNotContain(capture.Of(MetricNames.TurnDuration), t => t.Has(("channel", "teams")));
    }

    [Fact]
    public async Task SlackQuickCommandAndApiRequest_CountRecommendationsBySourceAndPath()
    {
        using var factory = new SlackBotFactory();
        using var capture = new MetricCapture(factory.Services);
        using var client = factory.CreateClient();
        using var body = new StringContent("""{"text":"RAG over 500 docs"}""", System.Text.Encoding.UTF8, "application/json");

        var api = await client.PostAsync(new Uri("/api/recommendations", UriKind.Relative), body);
        var path = System.Text.Json.JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("path").GetString()!;
        await factory.CommandAsync(SlackPayloads.Command("C0QUICK", "quick launch in 6 weeks, 300 labeled tickets", "trigger-metrics-q", factory.Slack.ResponseUrl("commands/q")));
        var slack = await capture.WaitForAsync(MetricNames.Recommendations, m => m.Has(("source", "slack")));

        var fromApi = Assert.Single(capture.Of(MetricNames.Recommendations), m => m.Has(("source", "api")));
        Assert.True(fromApi.Has(("path", path)), $"path tag {fromApi.Tags["path"]} vs {path}");
        Assert.Equal(1, fromApi.Value);
        Assert.Contains(slack.Tags["path"], new[] { "prompting", "rag", "peft", "rag-peft", "full-fine-tune", "continued-pretraining", "from-scratch" });
    }
}
