using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ModelStrategy.Bot.Tests.EndToEnd.Slack;

/// <summary>One request the bot made to the fake Slack: a Web API method or a response_url post.</summary>
public sealed record SlackCall(string Method, string? Authorization, string? ContentType, string Body, long ReceivedAtMs, int Status, string Answer)
{
    /// <summary>The ts the fake gave the message it posted (chat.postMessage).</summary>
    public string? PostedTs => JsonDocument.Parse(Answer).RootElement.TryGetProperty("ts", out var ts) ? ts.GetString() : null;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Channel => Json.TryGetProperty("channel", out var c) ? c.GetString() : null;

    public string? ThreadTs => Json.TryGetProperty("thread_ts", out var t) ? t.GetString() : null;
}

/// <summary>An answer the fake gives once, instead of its default, to the next call of a method.</summary>
public sealed record ScriptedAnswer(int Status, string Body, int? RetryAfterSeconds = null);

/// <summary>
/// A fake Slack on a loopback Kestrel port: POST /api/{method} answers like the Web API (ok:true, a ts for posts, a
/// view id for views.open) and POST /hooks/{path} like a response_url. Every call is recorded; answers can be
/// scripted per method (a 429 with Retry-After, an ok:false error).
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly List<SlackCall> _calls = [];
    private readonly Dictionary<string, Queue<ScriptedAnswer>> _script = [];
    private readonly HashSet<string> _hangNext = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private WebApplication? _app;
    private int _ts;
    private int _disposed;

    public Uri BaseUri { get; private set; } = null!;

    public string ApiBaseUrl => BaseUri + "api/";

    public IReadOnlyList<SlackCall> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public static async Task<FakeSlackApi> StartAsync()
    {
        var fake = new FakeSlackApi();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/api/{method}", (string method, HttpContext context) => fake.AnswerAsync(method, context));
        app.MapPost("/hooks/{**path}", (string path, HttpContext context) => fake.AnswerAsync("hooks/" + path, context));
        await app.StartAsync();
        fake._app = app;
        fake.BaseUri = new Uri(app.Urls.First() + "/");
        return fake;
    }

    /// <summary>A response_url on this fake (trusted by the bot because it shares the configured API's origin).</summary>
    public string ResponseUrl(string name) => BaseUri + "hooks/" + name;

    public void Script(string method, params ScriptedAnswer[] answers)
    {
        lock (_script)
        {
            if (!_script.TryGetValue(method, out var queue))
            {
                _script[method] = queue = new Queue<ScriptedAnswer>();
            }

            foreach (var answer in answers)
            {
                queue.Enqueue(answer);
            }
        }
    }

    /// <summary>
    /// The next call of <paramref name="method"/> is recorded (with status 0: never answered) and then hangs until the
    /// caller gives up or the fake stops, as a Slack that stalls mid-request.
    /// </summary>
    public void HangNext(string method)
    {
        lock (_hangNext)
        {
            _hangNext.Add(method);
        }
    }

    /// <summary>Waits (up to 20 s) until the recorded calls satisfy <paramref name="condition"/>; fails the test otherwise.</summary>
    public async Task<IReadOnlyList<SlackCall>> WaitForAsync(Func<IReadOnlyList<SlackCall>, bool> condition, string what)
    {
        var deadline = _clock.Elapsed + TimeSpan.FromSeconds(20);
        while (_clock.Elapsed < deadline)
        {
            var calls = Calls;
            if (condition(calls))
            {
                return calls;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"Waited 20 s for {what}; calls so far: {string.Join(", ", Calls.Select(c => c.Method))}");
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private async Task<IResult> AnswerAsync(string method, HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        if (TakeHang(method))
        {
            lock (_calls)
            {
                _calls.Add(new SlackCall(method, null, context.Request.ContentType, body, (long)_clock.Elapsed.TotalMilliseconds, 0, "{}"));
            }

            using var hung = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, context.RequestAborted);
            await Task.Delay(Timeout.Infinite, hung.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.StatusCode(503);
        }

        var answer = Scripted(method) ?? Default(method, body);
        lock (_calls)
        {
            _calls.Add(new SlackCall(method, context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
                context.Request.ContentType, body, (long)_clock.Elapsed.TotalMilliseconds, answer.Status, answer.Body));
        }

        if (answer.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return Results.Text(answer.Body, "application/json", statusCode: answer.Status);
    }

    private bool TakeHang(string method)
    {
        lock (_hangNext)
        {
            return _hangNext.Remove(method);
        }
    }

    private ScriptedAnswer? Scripted(string method)
    {
        lock (_script)
        {
            return _script.TryGetValue(method, out var queue) && queue.TryDequeue(out var answer) ? answer : null;
        }
    }

    private ScriptedAnswer Default(string method, string body)
    {
        if (method.StartsWith("hooks/", StringComparison.Ordinal))
        {
            return new ScriptedAnswer(200, "{\"ok\":true}");
        }

        var request = JsonNode.Parse(body) as JsonObject;
        var answer = method switch
        {
            "chat.postMessage" => new JsonObject { ["ok"] = true, ["channel"] = (string?)request?["channel"], ["ts"] = NextTs() },
            "chat.update" => new JsonObject { ["ok"] = true, ["channel"] = (string?)request?["channel"], ["ts"] = (string?)request?["ts"] },
            "views.open" => new JsonObject { ["ok"] = true, ["view"] = new JsonObject { ["id"] = "V" + NextTs().Replace(".", "", StringComparison.Ordinal) } },
            _ => new JsonObject { ["ok"] = true },
        };
        return new ScriptedAnswer(200, answer.ToJsonString());
    }

    private string NextTs() => "1800000000." + Interlocked.Increment(ref _ts).ToString("D6", CultureInfo.InvariantCulture);
}
