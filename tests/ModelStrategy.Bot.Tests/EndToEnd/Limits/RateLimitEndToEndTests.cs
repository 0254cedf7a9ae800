using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelStrategy.Bot.Tests.EndToEnd.Slack;
using ModelStrategy.Bot.Tests.EndToEnd.Teams;
using ModelStrategy.Bot.Tests.TestSupport;
using ModelStrategy.Core.ChannelSupport.Telemetry;

namespace ModelStrategy.Bot.Tests.EndToEnd.Limits;

/// <summary>
/// Budgets of two requests and one permit a minute (nothing refills during a test): the third verified request of a
/// team is refused politely (Teams: one notice per conversation, an invoke's transient message; Slack: an ephemeral
/// or a modal field error), forged requests are refused by auth first and spend nothing, other teams are unaffected.
/// </summary>
[Trait("Category", "E2E")]
public sealed class RateLimitEndToEndTests
{
    private static readonly Dictionary<string, string> TightBudgets = new()
    {
        ["RateLimits:TeamBurst"] = "2",
        ["RateLimits:TeamPermitsPerMinute"] = "1",
        ["RateLimits:ApiBurst"] = "2",
        ["RateLimits:ApiPermitsPerMinute"] = "1",
    };

    [Fact]
    public async Task Slack_ForgedCommandsSpendNothing_ThirdVerifiedCommandGetsAnEphemeralSlowDown_OtherTeamUnaffected()
    {
        using var factory = new TightSlackBotFactory();
        var url = factory.Slack.ResponseUrl("commands/limited");

        var forged = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            forged.Add(await factory.PostAsync("/slack/commands", Form(SlackPayloads.Command("C0RL", "help", $"trigger-forged-{i}", url)),
                "application/x-www-form-urlencoded", secret: "not-the-signing-secret"));
        }

        var first = await factory.CommandAsync(SlackPayloads.Command("C0RL", "help", "trigger-rl-1", url));
        var second = await factory.CommandAsync(SlackPayloads.Command("C0RL", "help", "trigger-rl-2", url));
        var third = await factory.CommandAsync(SlackPayloads.Command("C0RL", "quick RAG over 500 docs", "trigger-rl-3", url));
        var otherTeam = await factory.CommandAsync(WithTeam(SlackPayloads.Command("C0RL", "help", "trigger-rl-4", url), "T0OTHERTEAM"));

        Assert.All(forged, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.All([first, second, otherTeam], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Contains("/modelstrategy", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("/modelstrategy", await otherTeam.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        var slowDown = JsonDocument.Parse(await third.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ephemeral", slowDown.GetProperty("response_type").GetString());
        Assert.Contains("try again in", slowDown.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(factory.Logs.Lines, l => l.Contains("over its rate limit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Slack_MentionsOverTheBudget_AreAcknowledgedWith200_AndTheChannelGetsOneNoticeInTheThread()
    {
        using var factory = new TightSlackBotFactory();
        await factory.EventAsync(SlackPayloads.Mention("Ev0RL1", "C0RLEV", "1800000100.000100", "help"));
        await factory.EventAsync(SlackPayloads.Mention("Ev0RL2", "C0RLEV", "1800000100.000200", "help"));

        var third = await factory.EventAsync(SlackPayloads.Mention("Ev0RL3", "C0RLEV", "1800000100.000300", "help"));
        var fourth = await factory.EventAsync(SlackPayloads.Mention("Ev0RL4", "C0RLEV", "1800000100.000400", "help"));

        // Both are acknowledged at once with an empty 200 (a non-200 would make Slack retry), and dropped.
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(string.Empty, await third.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, fourth.StatusCode);
        Assert.Equal(2, factory.Logs.Lines.Count(l => l.Contains("/slack/events dropped", StringComparison.Ordinal)));

        // The first of them gets the notice, in its own thread; the second only silence.
        var notice = (await factory.Slack.WaitForAsync(c => c.Any(IsSlowDown), "the slow-down notice")).Single(IsSlowDown);
        Assert.Equal("C0RLEV", notice.Channel);
        Assert.Equal("1800000100.000300", notice.ThreadTs);
        Assert.Single(factory.Logs.Lines, l => l.Contains("over-limit notice queued", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Slack_ClickOverTheBudget_GetsAnEphemeralNoticeThroughItsResponseUrl()
    {
        using var factory = new TightSlackBotFactory();
        await factory.EventAsync(SlackPayloads.Mention("Ev0RLC1", "C0RLCLICK", "1800000200.000100", "help"));
        await factory.EventAsync(SlackPayloads.Mention("Ev0RLC2", "C0RLCLICK", "1800000200.000200", "help"));
        var button = new JsonObject { ["action_id"] = "ms:start", ["value"] = "{}", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Start" } };

        var click = await factory.InteractionAsync(SlackPayloads.Click(button, "b1", "C0RLCLICK", "1800000200.000300", null, "trigger-rl-click",
            factory.Slack.ResponseUrl("actions/limited-click")));

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var hook = (await factory.Slack.WaitForAsync(c => c.Any(x => x.Method == "hooks/actions/limited-click"), "the response_url post"))
            .Single(x => x.Method == "hooks/actions/limited-click");
        Assert.True(IsSlowDown(hook), hook.Body);
        Assert.Equal("ephemeral", hook.Json.GetProperty("response_type").GetString());
        Assert.False(hook.Json.TryGetProperty("replace_original", out var replace) && replace.GetBoolean(), "the clicked card must stay");
    }

    private static bool IsSlowDown(SlackCall call) =>
        call.Body.Contains("faster than I can answer", StringComparison.Ordinal);

    [Fact]
    public async Task Teams_UnauthenticatedActivitiesSpendNothing_OverTheBudgetAMessageGetsOneNoticePerConversationThenSilence()
    {
        using var factory = new TightTeamsBotFactory();
        using var capture = new MetricCapture(factory.Services);
        factory.RemoteIp = IPAddress.Parse("203.0.113.9");
        var refused = new List<TeamsResponse>();
        for (var i = 0; i < 3; i++)
        {
            refused.Add(await factory.PostAsync(TeamsPayloads.Message($"rl-forged-{i}", "help", "a:rl")));
        }

        factory.RemoteIp = IPAddress.Loopback;
        var first = await factory.PostAsync(TeamsPayloads.Message("rl-1", "help", "a:rl"));
        var second = await factory.PostAsync(TeamsPayloads.Message("rl-2", "help", "a:rl"));
        var repliesBefore = factory.Connector.Calls.Count;
        var third = await factory.PostAsync(TeamsPayloads.Message("rl-3", "help", "a:rl"));
        var afterNotice = factory.Connector.Calls.Count;
        var fourth = await factory.PostAsync(TeamsPayloads.Message("rl-4", "help", "a:rl"));
        var fifth = await factory.PostAsync(TeamsPayloads.Message("rl-5", "help", "a:rl"));
        var otherConversation = await factory.PostAsync(TeamsPayloads.Message("rl-6", "help", "a:rl-other"));

        Assert.All(refused, r => Assert.Equal(HttpStatusCode.Unauthorized, r.Status));
        Assert.Equal(2, repliesBefore);
        Assert.All([first, second, third, fourth, fifth, otherConversation], r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(repliesBefore + 1, afterNotice);
        var notice = JsonDocument.Parse(factory.Connector.Calls[repliesBefore].Body).RootElement;
        Assert.Contains("/a%3Arl/activities/rl-3", factory.Connector.Calls[repliesBefore].Uri, StringComparison.Ordinal);
        Assert.Contains("try again in about", notice.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(afterNotice + 1, factory.Connector.Calls.Count);
        Assert.Contains("a%3Arl-other", factory.Connector.Calls[^1].Uri, StringComparison.Ordinal);
        Assert.Equal(4, capture.Of(MetricNames.Throttled).Count(m => m.Has(("channel", "teams"))));
    }

    [Fact]
    public async Task Teams_OverTheBudget_AnInvokeGets200WithATransientMessage_AndAnInstallStillGets429WithRetryAfter()
    {
        using var factory = new TightTeamsBotFactory();
        await factory.PostAsync(TeamsPayloads.Message("rli-1", "help", "a:rli"));
        await factory.PostAsync(TeamsPayloads.Message("rli-2", "help", "a:rli"));
        var calls = factory.Connector.Calls.Count;

        var invoke = await factory.PostAsync(TeamsPayloads.Invoke("rli-3", "start", "a:rli"));
        var callsAfterInvoke = factory.Connector.Calls.Count;
        await factory.PostAsync(TeamsPayloads.Install("conversationUpdate", "rli-4", conversation: "a:rli-install-1"));
        await factory.PostAsync(TeamsPayloads.Install("conversationUpdate", "rli-5", conversation: "a:rli-install-2"));
        var callsBeforeInstall = factory.Connector.Calls.Count;
        var install = await factory.PostAsync(TeamsPayloads.Install("conversationUpdate", "rli-6", conversation: "a:rli-install-3"));

        Assert.Equal(HttpStatusCode.OK, invoke.Status);
        var body = JsonDocument.Parse(invoke.Body).RootElement;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Contains("try again in about", body.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal(calls, callsAfterInvoke);
        Assert.Equal(HttpStatusCode.TooManyRequests, install.Status);
        Assert.InRange(int.Parse(install.RetryAfter!, CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal(callsBeforeInstall, factory.Connector.Calls.Count);
    }

    [Fact]
    public async Task Slack_ModalSubmissionOverTheBudget_KeepsTheModalOpenWithTheNoticeAsAFieldError()
    {
        using var factory = new TightSlackBotFactory();
        var url = factory.Slack.ResponseUrl("commands/limited-modal");
        await factory.CommandAsync(SlackPayloads.Command("C0RLM", "help", "trigger-rlm-1", url));
        await factory.CommandAsync(SlackPayloads.Command("C0RLM", "help", "trigger-rlm-2", url));
        var metadata = new JsonObject { ["c"] = "C0RLM", ["u"] = "U0ANA" }.ToJsonString();

        var submission = await factory.InteractionAsync(SlackPayloads.Submission("V0RLM", metadata, SlackPayloads.Selected("need", "knowledge")));

        Assert.Equal(HttpStatusCode.OK, submission.StatusCode);
        var answer = JsonDocument.Parse(await submission.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("errors", answer.GetProperty("response_action").GetString());
        Assert.Contains("try again in", answer.GetProperty("errors").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Slack.Calls, c => c.Method == "chat.postMessage");
    }

    [Fact]
    public async Task Api_ThirdRequestFromOneClient_Gets429ProblemJsonWithRetryAfter()
    {
        using var factory = new TightApiBotFactory();
        using var client = factory.CreateClient();
        // Without the tests' key: the anonymous development caller on loopback, limited per client address.
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        using var body1 = new StringContent("""{"text":"RAG over 500 docs"}""", System.Text.Encoding.UTF8, "application/json");
        using var body2 = new StringContent("""{"text":"RAG over 500 docs"}""", System.Text.Encoding.UTF8, "application/json");
        using var body3 = new StringContent("""{"text":"RAG over 500 docs"}""", System.Text.Encoding.UTF8, "application/json");

        var first = await client.PostAsync(new Uri("/api/recommendations", UriKind.Relative), body1);
        var second = await client.PostAsync(new Uri("/api/recommendations", UriKind.Relative), body2);
        var third = await client.PostAsync(new Uri("/api/recommendations", UriKind.Relative), body3);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.Null(third.Headers.Location);
        Assert.InRange(third.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        var problem = JsonDocument.Parse(await third.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal("Too many requests", problem.GetProperty("title").GetString());
    }

    private static string Form(Dictionary<string, string> fields) =>
        string.Join("&", fields.Select(f => f.Key + "=" + Uri.EscapeDataString(f.Value)));

    private static Dictionary<string, string> WithTeam(Dictionary<string, string> fields, string team)
    {
        fields["team_id"] = team;
        return fields;
    }

    private sealed class TightSlackBotFactory : SlackBotFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings =>
            base.Settings.Concat(TightBudgets).ToDictionary(p => p.Key, p => p.Value);
    }

    private sealed class TightTeamsBotFactory : TeamsBotFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => TightBudgets;
    }

    private sealed class TightApiBotFactory : BotFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => TightBudgets;
    }
}
