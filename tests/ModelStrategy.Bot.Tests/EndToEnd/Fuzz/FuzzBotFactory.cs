using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ModelStrategy.Bot.Tests.EndToEnd.Slack;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd.Fuzz;

/// <summary>One request: raw body bytes, by default signed now (Slack) and sent from loopback (Teams dev mode).</summary>
public sealed record FuzzRequest(string Method, string Path, string? ContentType, byte[] Body)
{
    /// <summary>Headers sent as given instead of a fresh signature: a replay, a stale or forged signature, or none.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>The caller's address (loopback unless a test says otherwise).</summary>
    public IPAddress Remote { get; init; } = IPAddress.Loopback;
}

/// <summary>What the host answered, or the exception that escaped it.</summary>
public sealed record FuzzAnswer(int Status, Exception? Escaped);

/// <summary>
/// The real host configured for Slack (signing secret, fake Web API) and for Teams in development mode (no app id, so
/// a loopback caller with a loopback serviceUrl is accepted, as the existing Teams tests do), with the rate limits off
/// so thousands of requests all reach the parsers, and every log line captured with its level.
/// </summary>
public sealed class FuzzBotFactory : SlackBotFactory
{
    public CapturingLoggerProvider Capture { get; } = new();

    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string>(base.Settings) { ["RateLimits:Enabled"] = "false" };

    /// <summary>Sends the request in memory from 127.0.0.1; every POST carries a valid Slack signature over its exact bytes.</summary>
    public async Task<FuzzAnswer> SendAsync(FuzzRequest request)
    {
        try
        {
            var context = await Server.SendAsync(c =>
            {
                c.Request.Method = request.Method;
                var query = request.Path.IndexOf('?', StringComparison.Ordinal);
                c.Request.Path = PathString.FromUriComponent(query < 0 ? request.Path : request.Path[..query]);
                c.Request.QueryString = query < 0 ? QueryString.Empty : QueryString.FromUriComponent(request.Path[query..]);
                c.Request.ContentType = request.ContentType;
                c.Request.Body = new MemoryStream(request.Body);
                c.Request.ContentLength = request.Body.Length;
                c.Connection.RemoteIpAddress = request.Remote;
                var headers = request.Headers ?? (request.Method == HttpMethods.Post ? Signature(request.Body, TimeProvider.System.GetUtcNow()) : null);
                foreach (var (name, value) in headers ?? new Dictionary<string, string>())
                {
                    c.Request.Headers[name] = value;
                }
            });
            return new FuzzAnswer(context.Response.StatusCode, null);
        }
#pragma warning disable CA1031 // An exception escaping the host is exactly what the fuzz looks for: record it, never hide it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new FuzzAnswer(500, ex);
        }
    }

    /// <summary>Slack's signature headers over the exact <paramref name="body"/> bytes, as signed at <paramref name="at"/>.</summary>
    public static Dictionary<string, string> Signature(byte[] body, DateTimeOffset at, string secret = Secret)
    {
        ArgumentNullException.ThrowIfNull(body);
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signed = Encoding.UTF8.GetBytes($"v0:{timestamp}:").Concat(body).ToArray();
        return new Dictionary<string, string>
        {
            ["X-Slack-Request-Timestamp"] = timestamp,
            ["X-Slack-Signature"] = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed)),
        };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Capture));
    }
}
