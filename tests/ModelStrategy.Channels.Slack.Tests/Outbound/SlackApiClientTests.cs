using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Tests.TestSupport;

namespace ModelStrategy.Channels.Slack.Tests.Outbound;

/// <summary>The Web API client with the policies AddSlackChannel gives it, over a fake handler.</summary>
public sealed class SlackApiClientTests
{
    private const string Token = "xoxb-1234-5678-secret-token";
    private static readonly SlackMessageContent Content = new("Fallback text", [new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = "Hi" } }]);
    private static readonly SlackPlace Thread = new("C123ABC456", "1515449522.000016");

    [Fact]
    public async Task PostMessageAsync_SendsJsonWithCharsetAndBearerToken_ReturnsTs()
    {
        using var handler = new FakeHttpHandler((_, _) => FakeHttpHandler.Ok(""","channel":"C123ABC456","ts":"1515449530.000100" """));
        var (client, _) = Build(handler);

        var ts = await client.PostMessageAsync(Thread, Content, CancellationToken.None);

        Assert.Equal("1515449530.000100", ts);
        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal("https://slack.test/api/chat.postMessage", request.RequestUri!.AbsoluteUri);
        Assert.Equal(new AuthenticationHeaderValue("Bearer", Token), request.Headers.Authorization);
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", request.Content.Headers.ContentType.CharSet);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("C123ABC456", json.GetProperty("channel").GetString());
        Assert.Equal("1515449522.000016", json.GetProperty("thread_ts").GetString());
        Assert.Equal("Fallback text", json.GetProperty("text").GetString());
        Assert.Equal(1, json.GetProperty("blocks").GetArrayLength());
    }

    [Fact]
    public async Task UpdateMessageAsync_SendsChannelTsTextAndBlocks()
    {
        using var handler = new FakeHttpHandler((_, _) => FakeHttpHandler.Ok());
        var (client, _) = Build(handler);

        await client.UpdateMessageAsync("C123ABC456", "1515449530.000100", Content, CancellationToken.None);

        var (request, body) = Assert.Single(handler.Requests);
        Assert.EndsWith("/chat.update", request.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("1515449530.000100", json.GetProperty("ts").GetString());
        Assert.Equal("Fallback text", json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task OpenViewAsync_SendsTriggerAndView_ReturnsViewId()
    {
        using var handler = new FakeHttpHandler((_, _) => FakeHttpHandler.Ok(""","view":{"id":"V0123ABC456"}"""));
        var (client, _) = Build(handler);

        var id = await client.OpenViewAsync("trigger-1", new JsonObject { ["type"] = "modal" }, CancellationToken.None);

        Assert.Equal("V0123ABC456", id);
        var json = JsonDocument.Parse(handler.Requests[0].Body).RootElement;
        Assert.Equal("trigger-1", json.GetProperty("trigger_id").GetString());
        Assert.Equal("modal", json.GetProperty("view").GetProperty("type").GetString());
    }

    [Fact]
    public async Task PostEphemeralAsync_SendsTheUserAndThread()
    {
        using var handler = new FakeHttpHandler((_, _) => FakeHttpHandler.Ok(""","message_ts":"1.5" """));
        var (client, _) = Build(handler);

        await client.PostEphemeralAsync(Thread, "U061F7AUR", Content, CancellationToken.None);

        var (request, body) = Assert.Single(handler.Requests);
        Assert.EndsWith("/chat.postEphemeral", request.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("U061F7AUR", json.GetProperty("user").GetString());
        Assert.Equal("1515449522.000016", json.GetProperty("thread_ts").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task UnfurlAsync_SendsTheBlocksByUrl_ByUnfurlIdWhenGivenElseByMessage_RetriedOnServerError(bool withUnfurlId)
    {
        using var handler = new FakeHttpHandler((_, n) => n == 1 ? new HttpResponseMessage(HttpStatusCode.BadGateway) : FakeHttpHandler.Ok());
        var (client, _) = Build(handler);
        var target = new SlackUnfurlTarget("C123ABC456", "1515449522.000016", withUnfurlId ? "C123ABC456.1515449522.000016.1b90" : null, withUnfurlId ? "composer" : null);

        await client.UnfurlAsync(target, new Dictionary<string, JsonArray> { ["https://bot.example.com/r/abc"] = Content.Blocks }, CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
        var (request, body) = handler.Requests[^1];
        Assert.EndsWith("/chat.unfurl", request.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("Bearer " + Token, request.Headers.Authorization?.ToString());
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(withUnfurlId ? ["unfurl_id", "source", "unfurls"] : ["channel", "ts", "unfurls"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(withUnfurlId ? "composer" : "1515449522.000016", json.GetProperty(withUnfurlId ? "source" : "ts").GetString());
        var blocks = json.GetProperty("unfurls").GetProperty("https://bot.example.com/r/abc").GetProperty("blocks");
        Assert.Equal("Hi", blocks[0].GetProperty("text").GetProperty("text").GetString());
    }

    [Fact]
    public async Task PublishViewAsync_SendsTheUserAndTheHomeView()
    {
        using var handler = new FakeHttpHandler((_, _) => FakeHttpHandler.Ok(""","view":{"id":"V0123ABC456"}"""));
        var (client, _) = Build(handler);

        await client.PublishViewAsync("U061F7AUR", new JsonObject { ["type"] = "home", ["blocks"] = new JsonArray() }, CancellationToken.None);

        var (request, body) = Assert.Single(handler.Requests);
        Assert.EndsWith("/views.publish", request.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("U061F7AUR", json.GetProperty("user_id").GetString());
        Assert.Equal("home", json.GetProperty("view").GetProperty("type").GetString());
    }

    [Fact]
    public async Task UpdateViewAsync_SendsViewIdHashAndView_RetriedOnServerError()
    {
        using var handler = new FakeHttpHandler((_, n) => n == 1 ? new HttpResponseMessage(HttpStatusCode.BadGateway) : FakeHttpHandler.Ok());
        var (client, _) = Build(handler);

        await client.UpdateViewAsync("V0123ABC456", new JsonObject { ["type"] = "modal" }, "156772938.1827394", CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
        var json = JsonDocument.Parse(handler.Requests[^1].Body).RootElement;
        Assert.Equal("V0123ABC456", json.GetProperty("view_id").GetString());
        Assert.Equal("156772938.1827394", json.GetProperty("hash").GetString());
        Assert.Equal("modal", json.GetProperty("view").GetProperty("type").GetString());
    }

    [Fact]
    public async Task CallAsync_OkFalse_TypedErrorLoggedWithoutTokenOrPayload()
    {
        using var handler = new FakeHttpHandler((_, _) => FakeHttpHandler.Json("""{"ok":false,"error":"not_in_channel"}"""));
        var (client, logs) = Build(handler);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.PostMessageAsync(Thread, Content, CancellationToken.None));

        Assert.Equal("not_in_channel", error.Error);
        Assert.Equal(SlackMethods.PostMessage, error.Method);
        Assert.True(error.IsNotInConversation);
        Assert.Single(handler.Requests);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("chat.postMessage failed: not_in_channel", StringComparison.Ordinal));
        Assert.DoesNotContain(Token, logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Fallback text", logs.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("429 with Retry-After")]
    [InlineData("connection never made")]
    public async Task PostMessageAsync_FirstAttemptFailsBeforeAnythingWasPosted_RetriedOnce(string failure)
    {
        using var handler = new FakeHttpHandler((_, n) => n > 1 ? FakeHttpHandler.Ok(""","ts":"1.2" """) : failure switch
        {
            "429 with Retry-After" => Throttled(TimeSpan.Zero),
            _ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"),
        });
        var (client, _) = Build(handler);

        var ts = await client.PostMessageAsync(Thread, Content, CancellationToken.None);

        Assert.Equal("1.2", ts);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task PostMessageAsync_AlwaysThrottled_GivesUpAfterBoundedRetries()
    {
        using var handler = new FakeHttpHandler((_, _) => Throttled(TimeSpan.Zero));
        var (client, _) = Build(handler);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.PostMessageAsync(Thread, Content, CancellationToken.None));

        Assert.Equal("http_429", error.Error);
        Assert.Equal(ModelStrategy.Channels.Http.OutboundPolicies.MaxRetries + 1, handler.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task PostMessageAsync_AmbiguousServerError_NotRetriedSoNothingIsPostedTwice(HttpStatusCode status)
    {
        using var handler = new FakeHttpHandler((_, _) => new HttpResponseMessage(status));
        var (client, _) = Build(handler);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.PostMessageAsync(Thread, Content, CancellationToken.None));

        Assert.Equal($"http_{(int)status}", error.Error);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task UpdateMessageAsync_ServerError_RetriedBecauseReplacingTwiceIsHarmless()
    {
        using var handler = new FakeHttpHandler((_, n) => n == 1 ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) : FakeHttpHandler.Ok());
        var (client, _) = Build(handler);

        await client.UpdateMessageAsync("C1", "1.2", Content, CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task PostMessageAsync_ConnectionDroppedAfterSending_NotRetried()
    {
        using var handler = new FakeHttpHandler((_, _) => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely"));
        var (client, _) = Build(handler);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostMessageAsync(Thread, Content, CancellationToken.None));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task CallAsync_NoBotToken_FailsWithoutCallingSlack()
    {
        using var handler = new FakeHttpHandler((_, _) => FakeHttpHandler.Ok());
        var (client, _) = Build(handler, token: string.Empty);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.PostMessageAsync(Thread, Content, CancellationToken.None));

        Assert.Equal("no_bot_token_configured", error.Error);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task RespondAsync_SlackHooksUrl_PostsTheMessageWithoutTheToken()
    {
        using var handler = new FakeHttpHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("ok") });
        var (client, _) = Build(handler);
        const string url = "https://hooks.slack.com/commands/T123ABC456/397700885554/96rGlfmibIGlgcZRskXaIFfN";

        await client.RespondAsync(url, new SlackResponse(Content, InChannel: true), CancellationToken.None);

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal(url, request.RequestUri!.AbsoluteUri);
        Assert.Null(request.Headers.Authorization);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("in_channel", json.GetProperty("response_type").GetString());
        Assert.False(json.GetProperty("replace_original").GetBoolean());
        Assert.Equal("Fallback text", json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task RespondAsync_TheResponseUrlNeverReachesTheLogs()
    {
        using var handler = new FakeHttpHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("ok") });
        var (client, logs) = Build(handler);

        await client.RespondAsync("https://hooks.slack.com/commands/T1/397700885554/96rGlfmibIGlgcZRskXaIFfN", new SlackResponse(Content, InChannel: false), CancellationToken.None);

        Assert.Contains(logs.Entries, e => e.Text.Contains("response_url → HTTP 200", StringComparison.Ordinal));
        Assert.DoesNotContain("96rGlfmibIGlgcZRskXaIFfN", logs.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://attacker.example/hooks")]
    [InlineData("http://hooks.slack.com/commands/T1/1/x")]
    [InlineData("https://hooks.slack.com.attacker.example/commands/T1/1/x")]
    [InlineData("https://hooks.slack.com:8443/commands/T1/1/x")]
    [InlineData("https://user:pw@hooks.slack.com/commands/T1/1/x")]
    [InlineData("not a url")]
    public async Task RespondAsync_UrlNotSlacks_RefusedWithoutARequest(string url)
    {
        using var handler = new FakeHttpHandler((_, _) => FakeHttpHandler.Ok());
        var (client, _) = Build(handler);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.RespondAsync(url, new SlackResponse(Content, InChannel: false), CancellationToken.None));

        Assert.Equal("untrusted_url", error.Error);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task RespondAsync_ExpiredUrl_TypedError()
    {
        using var handler = new FakeHttpHandler((_, _) => new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("expired_url") });
        var (client, _) = Build(handler);

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            client.RespondAsync("https://hooks.slack.com/actions/T1/1/x", new SlackResponse(Content, InChannel: false), CancellationToken.None));

        Assert.Equal("expired_url", error.Error);
    }

    private static HttpResponseMessage Throttled(TimeSpan retryAfter)
    {
        var response = FakeHttpHandler.Json("""{"ok":false,"error":"ratelimited"}""", HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(retryAfter);
        return response;
    }

    private static (ISlackApiClient Client, ListLoggerProvider Logs) Build(FakeHttpHandler handler, string token = Token)
    {
        var logs = new ListLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = "s",
            ["Slack:BotToken"] = token,
            ["Slack:ApiBaseUrl"] = "https://slack.test/api",
        }).Build());
        services.AddSlackChannel();
        services.AddHttpClient<ISlackApiClient, SlackApiClient>().ConfigurePrimaryHttpMessageHandler(() => handler);
        return (services.BuildServiceProvider().GetRequiredService<ISlackApiClient>(), logs);
    }
}
