using System.Net;
using System.Text.Json;

namespace ModelStrategy.Bot.Tests.EndToEnd.Slack;

/// <summary>Signed Events API requests into the real host; what the bot posts to a fake Slack Web API on loopback.</summary>
[Trait("Category", "E2E")]
public sealed class SlackEventsEndToEndTests(SlackBotFactory factory) : IClassFixture<SlackBotFactory>
{
    private FakeSlackApi Slack => factory.Slack;

    [Fact]
    public async Task UrlVerification_AnswersTheChallenge()
    {
        var response = await factory.EventAsync("""{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", body.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task Mention_RepliesInTheThreadWithTheBotTokenTextAndBlocks()
    {
        var response = await factory.EventAsync(SlackPayloads.Mention("EvE2EHelp", "C0HELP", "1800000001.000100", "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Channel == "C0HELP"), "the help reply");
        var post = calls.Single(x => x.Method == "chat.postMessage" && x.Channel == "C0HELP");
        Assert.Equal("Bearer " + SlackBotFactory.Token, post.Authorization);
        Assert.Equal("application/json; charset=utf-8", post.ContentType);
        Assert.Equal("1800000001.000100", post.ThreadTs);
        Assert.Contains("quick", post.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(post.Json.GetProperty("blocks").GetArrayLength() > 0);
    }

    [Fact]
    public async Task RetriedEvent_SameEventIdWithRetryNum_NoSecondReply()
    {
        var mention = SlackPayloads.Mention("EvE2ERetry", "C0RETRY", "1800000002.000100", "help");
        await factory.EventAsync(mention);
        await Slack.WaitForAsync(c => c.Count(x => x.Channel == "C0RETRY") == 1, "the first reply");

        var retry = await factory.EventAsync(mention, retryNum: 1);
        // A later message in the same thread is answered after anything queued before it, so once its reply is
        // there, a second reply to the retry would be there too.
        await factory.EventAsync(SlackPayloads.Mention("EvE2ERetrySentinel", "C0RETRY", "1800000002.000300", "history", threadTs: "1800000002.000100"));
        var calls = await Slack.WaitForAsync(c => c.Count(x => x.Channel == "C0RETRY") >= 2, "the sentinel's reply");

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var replies = calls.Where(x => x.Method == "chat.postMessage" && x.Channel == "C0RETRY").ToList();
        Assert.Equal(2, replies.Count);
        Assert.Contains("I help you decide", replies[0].Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("No recommendations here yet", replies[1].Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimited_RetryAfterHonouredAndPostedOnce()
    {
        Slack.Script("chat.postMessage", new ScriptedAnswer(429, """{"ok":false,"error":"ratelimited"}""", RetryAfterSeconds: 1));

        await factory.EventAsync(SlackPayloads.Mention("EvE2E429", "C0LIMIT", "1800000003.000100", "help"));
        var calls = await Slack.WaitForAsync(c => c.Any(x => x.Channel == "C0LIMIT" && x.Status == 200), "the post after the 429");

        var attempts = calls.Where(x => x.Method == "chat.postMessage" && x.Channel == "C0LIMIT").ToList();
        Assert.Equal([429, 200], attempts.Select(a => a.Status));
        Assert.Equal(attempts[0].Body, attempts[1].Body);
        Assert.True(attempts[1].ReceivedAtMs - attempts[0].ReceivedAtMs >= 950, $"retried after {attempts[1].ReceivedAtMs - attempts[0].ReceivedAtMs} ms");
    }

    [Fact]
    public async Task DirectMessage_RepliesInTheDmAtTopLevel()
    {
        await factory.EventAsync(SlackPayloads.DirectMessage("EvE2EDm", "D0DIRECT", "1800000004.000100", "start"));

        var calls = await Slack.WaitForAsync(c => c.Any(x => x.Channel == "D0DIRECT"), "the DM reply");
        var post = calls.Single(x => x.Channel == "D0DIRECT");
        Assert.Null(post.ThreadTs);
        Assert.Contains(SlackBlocks.Buttons(JsonNodeOf(post)["blocks"]), b => b.Command == "skip");
    }

    [Fact]
    public async Task BotMessage_IgnoredWhileTheNextMessageIsAnswered()
    {
        await factory.EventAsync(SlackPayloads.BotMessage("EvE2EBot", "D0BOTS", "1800000005.000100"));
        await factory.EventAsync(SlackPayloads.DirectMessage("EvE2EBotSentinel", "D0BOTS", "1800000005.000200", "help"));

        var calls = await Slack.WaitForAsync(c => c.Any(x => x.Channel == "D0BOTS"), "the reply to the person");

        Assert.Single(calls, x => x.Channel == "D0BOTS");
    }

    [Fact]
    public async Task Unsigned_401AndNothingPosted()
    {
        var response = await factory.PostAsync("/slack/events", SlackPayloads.Mention("EvE2EUnsigned", "C0UNSIGNED", "1800000006.000100", "help"),
            "application/json", secret: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(Slack.Calls, c => c.Channel == "C0UNSIGNED");
    }

    [Fact]
    public async Task SignedWithAnotherSecret_401()
    {
        var response = await factory.PostAsync("/slack/events", SlackPayloads.Mention("EvE2EWrong", "C0WRONG", "1800000007.000100", "help"),
            "application/json", secret: "not-our-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/slack/events", "application/json", "{\"type\":")]
    [InlineData("/slack/interactions", "application/x-www-form-urlencoded", "payload=%7B")]
    [InlineData("/slack/commands", "application/x-www-form-urlencoded", "text=hello")]
    public async Task SignedMalformedBody_400NotA500(string path, string contentType, string body)
    {
        var response = await factory.PostAsync(path, body, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task BodyOver64KB_413()
    {
        var response = await factory.PostAsync("/slack/events", "{\"pad\":\"" + new string('x', 70 * 1024) + "\"}", "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static System.Text.Json.Nodes.JsonNode JsonNodeOf(SlackCall call) => System.Text.Json.Nodes.JsonNode.Parse(call.Body)!;
}

/// <summary>Without a signing secret the Slack endpoints refuse everything (fail closed).</summary>
[Trait("Category", "E2E")]
public sealed class SlackUnconfiguredEndToEndTests(UnconfiguredSlackBotFactory factory) : IClassFixture<UnconfiguredSlackBotFactory>
{
    [Theory]
    [InlineData("/slack/events", "application/json", "{\"type\":\"url_verification\",\"challenge\":\"c\"}")]
    [InlineData("/slack/commands", "application/x-www-form-urlencoded", "ssl_check=1&token=x")]
    [InlineData("/slack/interactions", "application/x-www-form-urlencoded", "payload=%7B%22type%22%3A%22view_closed%22%7D")]
    public async Task AnyRequest_401EvenWhenSignedWithSomeSecret(string path, string contentType, string body)
    {
        var signed = await factory.PostAsync(path, body, contentType, secret: SlackBotFactory.Secret);
        var unsigned = await factory.PostAsync(path, body, contentType, secret: null);

        Assert.Equal(HttpStatusCode.Unauthorized, signed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Empty(factory.Slack.Calls);
    }
}
