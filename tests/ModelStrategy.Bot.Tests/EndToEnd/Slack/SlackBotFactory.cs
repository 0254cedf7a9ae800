using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd.Slack;

/// <summary>
/// The real host, configured for Slack with a signing secret, a bot token and the Web API pointed at a
/// <see cref="FakeSlackApi"/> on loopback; requests are signed with the secret as Slack signs them.
/// </summary>
public class SlackBotFactory : BotFactory
{
    public const string Secret = "e2e-signing-secret-8f742231b10e";
    public const string Token = "xoxb-e2e-bot-token-0000";

    private readonly bool _ownsSlack;

    public SlackBotFactory()
    {
        Slack = FakeSlackApi.StartAsync().GetAwaiter().GetResult();
        _ownsSlack = true;
    }

    /// <summary>A second instance of the bot: the same fake Slack and the same SQLite file as <paramref name="first"/>.</summary>
    protected SlackBotFactory(SlackBotFactory first)
    {
        ArgumentNullException.ThrowIfNull(first);
        Slack = first.Slack;
        SharedSqlitePath = first.SqlitePath;
    }

    public FakeSlackApi Slack { get; }

    /// <summary>Every log line the host wrote.</summary>
    public CapturedLogs Logs { get; } = new();

    public override string SqlitePath => SharedSqlitePath ?? base.SqlitePath;

    private string? SharedSqlitePath { get; }

    protected virtual string SigningSecret => Secret;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Slack:SigningSecret"] = SigningSecret,
        ["Slack:BotToken"] = Token,
        ["Slack:ApiBaseUrl"] = Slack.ApiBaseUrl,
        ["PublicBaseUrl"] = "https://bot.example.com",
    };

    public Task<HttpResponseMessage> EventAsync(string json, int? retryNum = null) => PostAsync("/slack/events", json, "application/json", retryNum);

    public Task<HttpResponseMessage> CommandAsync(IDictionary<string, string> fields) =>
        PostAsync("/slack/commands", string.Join("&", fields.Select(f => f.Key + "=" + Uri.EscapeDataString(f.Value))), "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> InteractionAsync(string payload) =>
        PostAsync("/slack/interactions", "payload=" + Uri.EscapeDataString(payload), "application/x-www-form-urlencoded");

    /// <summary>POSTs <paramref name="body"/> signed now with <paramref name="secret"/> (our secret by default; null sends it unsigned).</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, int? retryNum = null, string? secret = Secret)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        if (secret is not null)
        {
            var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
            request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"))));
        }

        if (retryNum is { } retry)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await client.SendAsync(request);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsSlack)
        {
            Slack.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}

/// <summary>Another instance of the bot sharing the first one's store and fake Slack (scale-out).</summary>
public sealed class SecondSlackBotFactory(SlackBotFactory first) : SlackBotFactory(first);

/// <summary>The host with no signing secret configured: every Slack request must be refused.</summary>
public sealed class UnconfiguredSlackBotFactory : SlackBotFactory
{
    protected override string SigningSecret => string.Empty;
}
