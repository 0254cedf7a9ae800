using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Http;
using ModelStrategy.Channels.Teams.Inbound;
using ModelStrategy.Core.ChannelSupport.Telemetry;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>
/// The Bot Connector REST client over a typed HttpClient (resilience comes from its policy handlers). A call that
/// fails for good (after the policies' retries) is counted in <see cref="OutboundMetrics"/> under its REST operation
/// name, with the HTTP status or the kind of failure (timeout, circuit_open, network, untrusted_service_url).
/// </summary>
internal sealed class ConnectorClient(
    HttpClient http, IBotTokenProvider tokens, TrustedServiceUrls trusted, OutboundMetrics metrics, ILogger<ConnectorClient> logger)
    : IConnectorClient
{
    /// <summary>The channel tag of this client's metrics.</summary>
    public const string Channel = "teams";

    /// <summary>Carries the REST operation name of a request to <see cref="ConnectorAttemptMetrics"/>.</summary>
    public static readonly HttpRequestOptionsKey<string> MethodOption = new("ModelStrategy.Teams.Method");

    public Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, Path(conversationId, null), activity, "send", cancellationToken);

    public Task<string?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, Path(conversationId, replyToId), activity with { ReplyToId = replyToId }, "reply", cancellationToken);

    public Task<string?> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Put, serviceUrl, Path(conversationId, activityId), activity with { Id = activityId }, "update", cancellationToken);

    internal static string Path(string conversationId, string? activityId) =>
        $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities"
        + (activityId is null ? string.Empty : "/" + Uri.EscapeDataString(activityId));

    /// <summary>The Bot Connector REST operation behind one of our operation names (the method tag).</summary>
    internal static string MethodName(string operation) => operation switch
    {
        "send" => "sendToConversation",
        "reply" => "replyToActivity",
        "update" => "updateActivity",
        _ => operation,
    };

    private async Task<string?> CallAsync(HttpMethod method, string serviceUrl, string path, Activity activity, string operation, CancellationToken cancellationToken)
    {
        if (!trusted.IsTrusted(serviceUrl))
        {
            metrics.CallFailed(Channel, MethodName(operation), "untrusted_service_url");
            throw new InvalidOperationException("serviceUrl did not come from an authenticated activity");
        }

        var uri = new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);
        HttpResponseMessage response;
        try
        {
            response = await SendWithTokenAsync(method, uri, activity, MethodName(operation), forceRefresh: false, cancellationToken);
        }
        catch (Exception ex) when (OutboundPolicies.FailureKind(ex) is { } kind && !cancellationToken.IsCancellationRequested)
        {
            metrics.CallFailed(Channel, MethodName(operation), kind);
            throw;
        }

        using var _ = response;
        Log.ConnectorCall(logger, operation, (int)response.StatusCode,
            response.Headers.TryGetValues("X-Correlating-OperationId", out var ids) ? ids.FirstOrDefault() : null);
        if (!response.IsSuccessStatusCode)
        {
            metrics.CallFailed(Channel, MethodName(operation), StatusTag((int)response.StatusCode));
            throw new ConnectorException(response.StatusCode, operation);
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return body.Length == 0 ? null : (string?)(JsonNode.Parse(body) as JsonObject)?["id"];
    }

    /// <summary>An HTTP status as a tag value, from a fixed set of strings (no allocation per call).</summary>
    internal static string StatusTag(int status) => status switch
    {
        400 => "400", 401 => "401", 403 => "403", 404 => "404", 408 => "408", 412 => "412", 413 => "413", 429 => "429",
        500 => "500", 502 => "502", 503 => "503", 504 => "504",
        >= 500 => "5xx",
        >= 400 => "4xx",
        _ => "other",
    };
    private async Task<HttpResponseMessage> SendWithTokenAsync(
        HttpMethod method, Uri uri, Activity activity, string methodName, bool forceRefresh, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(forceRefresh, cancellationToken);
        using var request = new HttpRequestMessage(method, uri) { Content = JsonContent.Create(activity, options: ActivityJson.Options) };
        request.Options.Set(MethodOption, methodName);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null && !forceRefresh)
        {
            // A 401 means the connector refused the request, so one retry with a fresh token cannot duplicate it.
            response.Dispose();
            return await SendWithTokenAsync(method, uri, activity, methodName, forceRefresh: true, cancellationToken);
        }

        return response;
    }
}
