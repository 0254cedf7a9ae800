using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json;

namespace ModelStrategy.Bot.Tests.EndToEnd.Teams;

[Trait("Category", "E2E")]
public sealed class TeamsMessagesEndpointTests : IClassFixture<TeamsBotFactory>
{
    private readonly TeamsBotFactory _factory;

    public TeamsMessagesEndpointTests(TeamsBotFactory factory)
    {
        _factory = factory;
        _factory.RemoteIp = IPAddress.Loopback;
    }

    [Fact]
    public async Task Post_PersonalMessageInDevMode_Returns200AndRepliesWithAdaptiveCard()
    {
        var before = _factory.Connector.Calls.Count;

        var response = await PostAsync(TeamsPayloads.Message("m-help", "help", "a:help"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var call = Assert.Single(_factory.Connector.Calls.Skip(before));
        Assert.Equal(HttpMethod.Post, call.Method);
        Assert.Equal("http://localhost:56150/_connector/v3/conversations/a%3Ahelp/activities/m-help", call.Uri);
        var activity = JsonDocument.Parse(call.Body).RootElement;
        Assert.Equal("message", activity.GetProperty("type").GetString());
        Assert.Equal("m-help", activity.GetProperty("replyToId").GetString());
        var attachment = activity.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        Assert.Equal("AdaptiveCard", attachment.GetProperty("content").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Post_InvokeOnLiveCard_Returns200WithNextCardInBody()
    {
        await PostAsync(TeamsPayloads.Message("inv-start", "start", "a:invoke"));
        var question = JsonDocument.Parse(_factory.Connector.Calls[^1].Body).RootElement.GetProperty("attachments")[0].GetProperty("content");
        var skip = FindAction(question, "skip");

        var response = await PostAsync(TeamsPayloads.Invoke("inv-1", "skip", "a:invoke", skip.GetProperty("data").GetRawText()));

        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        Assert.StartsWith("application/json", response.ContentType, StringComparison.Ordinal);
        var body = JsonDocument.Parse(response.Body).RootElement;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Equal("1.5", body.GetProperty("value").GetProperty("version").GetString());
    }

    [Fact]
    public async Task Post_InvokeThatStartsANewMessage_PostsCardAndAnswers200()
    {
        var before = _factory.Connector.Calls.Count;

        var response = await PostAsync(TeamsPayloads.Invoke("inv-new", "help", "a:invoke-new"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(200, JsonDocument.Parse(response.Body).RootElement.GetProperty("statusCode").GetInt32());
        Assert.Single(_factory.Connector.Calls.Skip(before));
    }

    [Fact]
    public async Task Post_SameActivityIdTwice_HasOneEffect()
    {
        var before = _factory.Connector.Calls.Count;

        var first = await PostAsync(TeamsPayloads.Message("dup-1", "start", "a:dup"));
        var second = await PostAsync(TeamsPayloads.Message("dup-1", "start", "a:dup"));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Single(_factory.Connector.Calls.Skip(before));
    }

    [Fact]
    public async Task Post_InstallEvents_SendOneWelcome()
    {
        var before = _factory.Connector.Calls.Count;

        await PostAsync(TeamsPayloads.Install("installationUpdate", "i-1"));
        await PostAsync(TeamsPayloads.Install("conversationUpdate", "i-2"));

        var call = Assert.Single(_factory.Connector.Calls.Skip(before));
        Assert.Contains("start", call.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InstallEventsInAChannel_SendOneWelcome()
    {
        // The playground sends both events, with different ids, when a team's channel is opened.
        var before = _factory.Connector.Calls.Count;

        await PostAsync(TeamsPayloads.Install("conversationUpdate", "c-1", "channel", "19:team-id@thread.tacv2"));
        await PostAsync(TeamsPayloads.Install("installationUpdate", "c-2", "channel", "19:team-id@thread.tacv2"));

        Assert.Single(_factory.Connector.Calls.Skip(before));
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("somethingNew")]
    public async Task Post_UnknownOrIgnoredType_Returns200WithoutWork(string type)
    {
        var before = _factory.Connector.Calls.Count;
        var json = TeamsPayloads.Message("u-" + type, "hi").Replace("\"type\":\"message\"", $"\"type\":\"{type}\"", StringComparison.Ordinal);

        var response = await PostAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(before, _factory.Connector.Calls.Count);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("")]
    public async Task Post_MalformedBody_Returns400(string json)
    {
        var response = await PostAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    [Fact]
    public async Task Post_DevModeFromNonLoopbackAddress_Returns401()
    {
        _factory.RemoteIp = IPAddress.Parse("203.0.113.7");

        var response = await PostAsync(TeamsPayloads.Message("remote-1", "help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task Post_DevModeWithRemoteServiceUrl_Returns401()
    {
        var json = TeamsPayloads.Message("remote-2", "help").Replace(TeamsPayloads.ServiceUrl, "https://evil.example/", StringComparison.Ordinal);

        var response = await PostAsync(json);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task Post_QuickMessageOf200KB_StoresAndRepliesWithAtMostTheTextLimit()
    {
        // Arrange: a 200 KB message (under the endpoint's 256 KB body limit), mostly filler after what matters.
        var text = "quick: launch in 6 weeks, budget 40k. " + new string('x', 200_000);
        var before = _factory.Connector.Calls.Count;

        // Act
        var response = await PostAsync(TeamsPayloads.Message("huge-1", text, "a:huge"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var reply = Assert.Single(_factory.Connector.Calls.Skip(before));
        Assert.True(reply.Body.Length < 64 * 1024, $"the reply is {reply.Body.Length} bytes");
        var conversations = _factory.Services.GetRequiredService<ModelStrategy.Core.Conversations.IConversationStore>();
        var key = ModelStrategy.Core.Conversations.ConversationKey.Personal("teams", TeamsPayloads.Tenant, "00000000-0000-0000-0000-0000000000020");
        var row = await conversations.GetAsync(key.Value, CancellationToken.None);
        Assert.NotNull(row);
        Assert.True(row.Payload.Length < 3 * ModelStrategy.Core.Constraints.FreeText.MaxLength, $"the conversation row is {row.Payload.Length} bytes");
    }

    private static JsonElement FindAction(JsonElement node, string verb)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("verb", out var v) && v.GetString() == verb)
            {
                return node;
            }

            foreach (var found in node.EnumerateObject().Select(p => FindAction(p.Value, verb)).Where(f => f.ValueKind != JsonValueKind.Undefined))
            {
                return found;
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var found in node.EnumerateArray().Select(e => FindAction(e, verb)).Where(f => f.ValueKind != JsonValueKind.Undefined))
            {
                return found;
            }
        }

        return default;
    }

    private Task<TeamsResponse> PostAsync(string json) => _factory.PostAsync(json);
}
