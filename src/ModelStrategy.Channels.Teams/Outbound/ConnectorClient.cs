using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Teams.Inbound;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>The Bot Connector REST client over a typed HttpClient (resilience comes from its policy handlers).</summary>
internal sealed class ConnectorClient(HttpClient http, IBotTokenProvider tokens, TrustedServiceUrls trusted, ILogger<ConnectorClient> logger)
    : IConnectorClient
{
    public Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, Path(conversationId, null), activity, "send", cancellationToken);

    public Task<string?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, Path(conversationId, replyToId), activity with { ReplyToId = replyToId }, "reply", cancellationToken);

    public Task<string?> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Put, serviceUrl, Path(conversationId, activityId), activity with { Id = activityId }, "update", cancellationToken);

    internal static string Path(string conversationId, string? activityId) =>
        $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities"
        + (activityId is null ? string.Empty : "/" + Uri.EscapeDataString(activityId));

    private async Task<string?> CallAsync(HttpMethod method, string serviceUrl, string path, Activity activity, string operation, CancellationToken cancellationToken)
    {
        if (!trusted.IsTrusted(serviceUrl))
        {
            throw new InvalidOperationException("serviceUrl did not come from an authenticated activity");
        }

        var uri = new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);
        using var response = await SendWithTokenAsync(method, uri, activity, forceRefresh: false, cancellationToken);
        Log.ConnectorCall(logger, operation, (int)response.StatusCode,
            response.Headers.TryGetValues("X-Correlating-OperationId", out var ids) ? ids.FirstOrDefault() : null);
        if (!response.IsSuccessStatusCode)
        {
            throw new ConnectorException(response.StatusCode, operation);
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return body.Length == 0 ? null : (string?)(JsonNode.Parse(body) as JsonObject)?["id"];
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(HttpMethod method, Uri uri, Activity activity, bool forceRefresh, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(forceRefresh, cancellationToken);
        using var request = new HttpRequestMessage(method, uri) { Content = JsonContent.Create(activity, options: ActivityJson.Options) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null && !forceRefresh)
        {
            // A 401 means the connector refused the request, so one retry with a fresh token cannot duplicate it.
            response.Dispose();
            return await SendWithTokenAsync(method, uri, activity, forceRefresh: true, cancellationToken);
        }

        return response;
    }
}
