using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Channels.Slack.RateLimiting;
using ModelStrategy.Core.ChannelSupport.RateLimiting;

namespace ModelStrategy.Channels.Slack.Tests.RateLimiting;

public sealed class RateLimitRepliesTests
{
    private static readonly RateLimitDecision OverBy12Seconds = new(false, TimeSpan.FromSeconds(11.2));

    [Fact]
    public async Task For_SubmissionOfOurModal_AnswersErrorsOnTheTextBlockWithTheWait()
    {
        var (status, body) = await AnswerAsync(SlackChannelEndpointRouteBuilderExtensions.InteractionsRoute,
            Interaction("""{"type":"view_submission","view":{"id":"V1","callback_id":"modelstrategy"}}"""));

        Assert.Equal(200, status);
        var answer = JsonDocument.Parse(body).RootElement;
        Assert.Equal("errors", answer.GetProperty("response_action").GetString());
        var error = answer.GetProperty("errors").GetProperty("text").GetString();
        Assert.Contains("try again in 12 seconds", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"type":"view_submission","view":{"id":"V1","callback_id":"someone-else"}}""")]
    [InlineData("""{"type":"block_actions","actions":[]}""")]
    [InlineData("""not json""")]
    public async Task For_OtherInteractions_AnswersAnEmpty200(string payload)
    {
        var (status, body) = await AnswerAsync(SlackChannelEndpointRouteBuilderExtensions.InteractionsRoute, Interaction(payload));

        Assert.Equal(200, status);
        Assert.Equal(string.Empty, body);
    }

    [Fact]
    public async Task For_SlashCommand_AnswersAnEphemeralSlowDown()
    {
        var (status, body) = await AnswerAsync(SlackChannelEndpointRouteBuilderExtensions.CommandsRoute, Encoding.UTF8.GetBytes("command=%2Fmodelstrategy&text=help"));

        Assert.Equal(200, status);
        var answer = JsonDocument.Parse(body).RootElement;
        Assert.Equal("ephemeral", answer.GetProperty("response_type").GetString());
        Assert.Contains("try again in 12 seconds", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static byte[] Interaction(string payload) => Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(payload));

    private static async Task<(int Status, string Body)> AnswerAsync(string path, byte[] body)
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();

        await RateLimitReplies.For(context.Request, body, OverBy12Seconds).ExecuteAsync(context);

        context.Response.Body.Position = 0;
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, await reader.ReadToEndAsync());
    }
}
