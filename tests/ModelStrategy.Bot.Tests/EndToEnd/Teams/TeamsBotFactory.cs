using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd.Teams;

/// <summary>
/// The host with a fake Bot Connector behind every outbound HttpClient; requests come from a chosen remote IP.
/// </summary>
public class TeamsBotFactory : BotFactory
{
    public TeamsBotFactory() => Connector = new RecordingConnector();

    public RecordingConnector Connector { get; }

    public IPAddress RemoteIp { get; set; } = IPAddress.Loopback;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => Connector)));
    }

    /// <summary>POSTs to /api/messages from <see cref="RemoteIp"/> (set on the server-side connection).</summary>
    public async Task<TeamsResponse> PostAsync(string json, string? authorization = null)
    {
        var context = await Server.SendAsync(c =>
        {
            c.Request.Method = "POST";
            c.Request.Path = "/api/messages";
            c.Request.ContentType = "application/json";
            c.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
            c.Connection.RemoteIpAddress = RemoteIp;
            if (authorization is not null)
            {
                c.Request.Headers.Authorization = authorization;
            }
        });
        using var reader = new StreamReader(context.Response.Body);
        return new TeamsResponse((HttpStatusCode)context.Response.StatusCode, context.Response.ContentType, await reader.ReadToEndAsync())
        {
            RetryAfter = context.Response.Headers.RetryAfter.Count == 0 ? null : context.Response.Headers.RetryAfter.ToString(),
        };
    }
}

/// <summary>What /api/messages answered.</summary>
public sealed record TeamsResponse(HttpStatusCode Status, string? ContentType, string Body)
{
    /// <summary>The Retry-After header, when there is one.</summary>
    public string? RetryAfter { get; init; }
}

/// <summary>A fake connector that records each call and answers {"id":"…"}.</summary>
public sealed class RecordingConnector : HttpMessageHandler
{
    private readonly List<(HttpMethod Method, string Uri, string Body)> _calls = [];

    public IReadOnlyList<(HttpMethod Method, string Uri, string Body)> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (_calls)
        {
            _calls.Add((request.Method, request.RequestUri!.AbsoluteUri, body));
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent($$"""{"id":"bot-{{_calls.Count}}"}""", System.Text.Encoding.UTF8, "application/json"),
            };
        }
    }
}
