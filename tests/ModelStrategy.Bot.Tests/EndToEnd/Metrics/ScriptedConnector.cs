using System.Net;

namespace ModelStrategy.Bot.Tests.EndToEnd.Metrics;

/// <summary>A fake Bot Connector that answers each call with the next scripted status (then 200 with an id).</summary>
public sealed class ScriptedConnector(params (HttpStatusCode Status, int? RetryAfterSeconds)[] script) : HttpMessageHandler
{
    private readonly Queue<(HttpStatusCode Status, int? RetryAfterSeconds)> _script = new(script);
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        (HttpStatusCode Status, int? RetryAfterSeconds) next;
        lock (_script)
        {
            next = _script.Count > 0 ? _script.Dequeue() : (HttpStatusCode.OK, null);
        }

        var response = new HttpResponseMessage(next.Status)
        {
            Content = new StringContent(next.Status == HttpStatusCode.OK ? """{"id":"bot-1"}""" : """{"error":{"code":"Scripted"}}""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        if (next.RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        }

        return Task.FromResult(response);
    }
}
