using System.Net;
using ModelStrategy.Bot.Tests.EndToEnd.Slack;
using ModelStrategy.Bot.Tests.EndToEnd.Teams;
using ModelStrategy.Bot.Tests.TestSupport;
using ModelStrategy.Core.ChannelSupport.Telemetry;

namespace ModelStrategy.Bot.Tests.EndToEnd.Metrics;

/// <summary>
/// Failed outbound calls: every failed attempt is counted in attempt_failures; only a call that failed for good
/// (after the policies' retries) is counted in failures.
/// </summary>
[Trait("Category", "E2E")]
public sealed class OutboundMetricsEndToEndTests
{
    [Fact]
    public async Task TeamsReplyRefusedWith403_CountsOneFailedAttemptAndOneFailedCall()
    {
        var connector = new ScriptedConnector((HttpStatusCode.Forbidden, null));
        using var factory = new ScriptedTeamsBotFactory(connector);
        using var capture = new MetricCapture(factory.Services);

        var response = await factory.PostAsync(TeamsPayloads.Message("of-1", "help", "a:metrics-fail"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(1, connector.Calls);
        var failure = Assert.Single(capture.Of(MetricNames.OutboundFailures));
        Assert.True(failure.Has(("channel", "teams"), ("method", "replyToActivity"), ("error", "403")), Describe(failure));
        Assert.Equal(1, failure.Value);
        var attempt = Assert.Single(capture.Of(MetricNames.OutboundAttemptFailures));
        Assert.True(attempt.Has(("channel", "teams"), ("method", "replyToActivity"), ("error", "403")), Describe(attempt));
    }

    [Fact]
    public async Task TeamsReplyThrottledOnceThenAccepted_CountsTheFailedAttemptButNoFailedCall()
    {
        var connector = new ScriptedConnector((HttpStatusCode.TooManyRequests, 0));
        using var factory = new ScriptedTeamsBotFactory(connector);
        using var capture = new MetricCapture(factory.Services);

        await factory.PostAsync(TeamsPayloads.Message("of-2", "help", "a:metrics-retry"));

        Assert.Equal(2, connector.Calls);
        var attempt = Assert.Single(capture.Of(MetricNames.OutboundAttemptFailures));
        Assert.True(attempt.Has(("channel", "teams"), ("method", "replyToActivity"), ("error", "429")), Describe(attempt));
        Assert.Empty(capture.Of(MetricNames.OutboundFailures));
    }

    [Fact]
    public async Task SlackPostAnsweredOkFalse_CountsAFailedCallWithSlacksErrorCode()
    {
        using var factory = new SlackBotFactory();
        using var capture = new MetricCapture(factory.Services);
        factory.Slack.Script("chat.postMessage", new ScriptedAnswer(200, """{"ok":false,"error":"msg_too_long"}"""));

        await factory.EventAsync(SlackPayloads.Mention("EvMetricsFail", "C0MFAIL", "1800000600.000100", "help"));
        var failure = await capture.WaitForAsync(MetricNames.OutboundFailures, m => m.Has(("channel", "slack")));

        Assert.True(failure.Has(("method", "chat.postMessage"), ("error", "msg_too_long")), Describe(failure));
        Assert.DoesNotContain(capture.Of(MetricNames.OutboundAttemptFailures), m => m.Has(("channel", "slack"), ("error", "msg_too_long")));
    }

    [Fact]
    public async Task SlackPostThrottledOnceThenAccepted_CountsAFailedAttemptWithHttp429()
    {
        using var factory = new SlackBotFactory();
        using var capture = new MetricCapture(factory.Services);
        factory.Slack.Script("chat.postMessage", new ScriptedAnswer(429, """{"ok":false,"error":"ratelimited"}""", RetryAfterSeconds: 1));

        await factory.EventAsync(SlackPayloads.Mention("EvMetrics429", "C0M429", "1800000700.000100", "help"));
        await factory.Slack.WaitForAsync(c => c.Any(x => x.Channel == "C0M429" && x.Status == 200), "the post after the 429");
        var attempt = await capture.WaitForAsync(MetricNames.OutboundAttemptFailures, m => m.Has(("channel", "slack")));

        Assert.True(attempt.Has(("method", "chat.postMessage"), ("error", "http_429")), Describe(attempt));
        Assert.Empty(capture.Of(MetricNames.OutboundFailures));
    }

    private static string Describe(CapturedMeasurement m) => string.Join(",", m.Tags.Select(t => t.Key + "=" + t.Value));
}
