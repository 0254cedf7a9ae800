using System.Net;

namespace ModelStrategy.Channels.Slack.Tests.TestSupport;

/// <summary>An HttpMessageHandler that answers from a function and records every request (with its body).</summary>
internal sealed class FakeHttpHandler(Func<HttpRequestMessage, int, HttpResponseMessage> respond) : HttpMessageHandler
{
    public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Ok(string extra = "") => Json($$"""{"ok":true{{extra}}}""");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add((request, body));
            return respond(request, Requests.Count);
        }
    }
}
