using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using ModelStrategy.Bot.Tests.EndToEnd.Slack;
using ModelStrategy.Bot.Tests.EndToEnd.Teams;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd.Observability;

/// <summary>
/// A full Teams turn and a full Slack turn with every log line captured at Trace level, scopes included: the request's
/// lines carry its correlation id (echoed in X-Correlation-Id), and no credential or connector address (it holds the
/// conversation id) appears anywhere in any line.
/// </summary>
[Trait("Category", "E2E")]
public sealed class CorrelationLoggingTests
{
    private const string AppPassword = "e2e-teams-app-password-5f1c0d";
    private const string TeamsAuthorization = "Bearer e2e-inbound-authorization-value-77aa";

    [Fact]
    public async Task TeamsTurn_LinesCarryTheCallersCorrelationIdAndTenant_NoCredentialOrConnectorUrlIsLogged()
    {
        using var factory = new CapturingTeamsBotFactory();
        var before = factory.Connector.Calls.Count;

        var context = await SendAsync(factory, authorization: null);
        // In development mode a token that is sent is still validated (and, without an app id, refused).
        var withToken = await SendAsync(factory, TeamsAuthorization);

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal(401, withToken.Response.StatusCode);
        Assert.Contains("/v3/conversations/a%3Acorr/activities", Assert.Single(factory.Connector.Calls.Skip(before)).Uri, StringComparison.Ordinal);
        Assert.Equal("teams-turn-0001", context.Response.Headers["X-Correlation-Id"].ToString());
        var lines = factory.Capture.Lines;
        Assert.Contains(lines, l => l.Contains("CorrelationId=teams-turn-0001", StringComparison.Ordinal)
            && l.Contains("Channel=teams", StringComparison.Ordinal)
            && l.Contains("TenantId=00000000-0000-0000-0000-0000000000001", StringComparison.Ordinal)
            && l.Contains("ConversationKeyHash=", StringComparison.Ordinal));
        AssertNoneContains(lines, AppPassword, TeamsAuthorization, "e2e-inbound-authorization-value-77aa", "a:corr", "a%3Acorr", "/v3/conversations", "localhost:56150");
    }

    private static Task<Microsoft.AspNetCore.Http.HttpContext> SendAsync(TeamsBotFactory factory, string? authorization) =>
        factory.Server.SendAsync(c =>
        {
            c.Request.Method = "POST";
            c.Request.Path = "/api/messages";
            c.Request.ContentType = "application/json";
            c.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(TeamsPayloads.Message("corr-" + (authorization is null ? 1 : 2), "help", "a:corr")));
            c.Connection.RemoteIpAddress = IPAddress.Loopback;
            if (authorization is not null)
            {
                c.Request.Headers.Authorization = authorization;
            }

            c.Request.Headers["X-Correlation-Id"] = "teams-turn-0001";
        });

    [Fact]
    public async Task SlackTurn_RequestLinesCarryTheEchoedCorrelationIdAndTeam_NoCredentialIsLogged()
    {
        using var factory = new CapturingSlackBotFactory();

        var response = await factory.EventAsync(SlackPayloads.Mention("Ev0CORR1", "C0CORR", "1800000200.000100", "help"));
        await factory.Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Channel == "C0CORR"), "the reply");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var correlationId = Assert.Single(response.Headers.GetValues("X-Correlation-Id"));
        Assert.Matches("^[0-9a-f]{32}$", correlationId);
        var lines = factory.Capture.Lines;
        Assert.Contains(lines, l => l.Contains("CorrelationId=" + correlationId, StringComparison.Ordinal)
            && l.Contains("Channel=slack", StringComparison.Ordinal)
            && l.Contains("TeamId=" + SlackPayloads.Team, StringComparison.Ordinal));
        AssertNoneContains(lines, SlackBotFactory.Secret, SlackBotFactory.Token, "Bearer " + SlackBotFactory.Token);
    }

    [Theory]
    [InlineData("abc-DEF_1.2", "abc-DEF_1.2")]
    [InlineData("has space", null)]
    [InlineData("", null)]
    [InlineData("line\nbreak", null)]
    public void Accepted_OnlyShortSafeTokens(string header, string? expected) =>
        Assert.Equal(expected, Bot.Hosting.CorrelationMiddleware.Accepted(header));

    [Fact]
    public void Accepted_LongerThan64Characters_IsReplaced() =>
        Assert.Null(Bot.Hosting.CorrelationMiddleware.Accepted(new string('a', 65)));

    private static void AssertNoneContains(IReadOnlyCollection<string> lines, params string[] secrets)
    {
        Assert.NotEmpty(lines);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }

    private sealed class CapturingTeamsBotFactory : TeamsBotFactory
    {
        public ScopedLogCapture Capture { get; } = new();

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Teams:AppPassword"] = AppPassword };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Capture).AddFilter<ScopedLogCapture>(null, LogLevel.Trace));
        }
    }

    private sealed class CapturingSlackBotFactory : SlackBotFactory
    {
        public ScopedLogCapture Capture { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Capture).AddFilter<ScopedLogCapture>(null, LogLevel.Trace));
        }
    }
}
