using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelStrategy.Channels.Http;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Inbound;
using ModelStrategy.Core.ChannelSupport.Telemetry;

namespace ModelStrategy.Channels.Slack.Outbound;

/// <summary>
/// The Web API over a typed HttpClient (resilience comes from its policy handlers): POST {ApiBaseUrl}{method} with a
/// JSON body (charset utf-8) and the bot token as a bearer; <c>ok:false</c> becomes a <see cref="SlackApiException"/>.
/// response_url posts go through the same client without the token, and only to Slack's hooks address.
/// </summary>
internal sealed partial class SlackApiClient(
    HttpClient http, IOptionsMonitor<SlackOptions> options, ResponseUrls responseUrls, OutboundMetrics metrics, ILogger<SlackApiClient> logger)
    : ISlackApiClient
{
    /// <summary>The channel tag of this client's metrics.</summary>
    public const string Channel = "slack";

    public async Task<string> PostMessageAsync(SlackPlace place, SlackMessageContent content, CancellationToken cancellationToken)
    {
        var body = InPlace(Message(content), place);
        body["unfurl_links"] = false;
        body["unfurl_media"] = false;
        var result = await CallAsync(SlackMethods.PostMessage, body, cancellationToken);
        return result.String("ts") ?? throw Fail(SlackMethods.PostMessage, "no_ts");
    }

    public async Task PostEphemeralAsync(SlackPlace place, string userId, SlackMessageContent content, CancellationToken cancellationToken)
    {
        var body = InPlace(Message(content), place);
        body["user"] = userId;
        await CallAsync(SlackMethods.PostEphemeral, body, cancellationToken);
    }

    public async Task UpdateMessageAsync(string channel, string ts, SlackMessageContent content, CancellationToken cancellationToken)
    {
        var body = Message(content);
        body["channel"] = channel;
        body["ts"] = ts;
        await CallAsync(SlackMethods.Update, body, cancellationToken);
    }

    public async Task<string?> OpenViewAsync(string triggerId, JsonObject view, CancellationToken cancellationToken)
    {
        var result = await CallAsync(SlackMethods.OpenView, new JsonObject { ["trigger_id"] = triggerId, ["view"] = view.DeepClone() }, cancellationToken);
        return result.String("view", "id");
    }

    public async Task UpdateViewAsync(string viewId, JsonObject view, string? hash, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["view_id"] = viewId, ["view"] = view.DeepClone() };
        if (hash is not null)
        {
            body["hash"] = hash;
        }

        await CallAsync(SlackMethods.UpdateView, body, cancellationToken);
    }

    public async Task UnfurlAsync(SlackUnfurlTarget target, IReadOnlyDictionary<string, JsonArray> blocksByUrl, CancellationToken cancellationToken)
    {
        var unfurls = new JsonObject();
        foreach (var (url, blocks) in blocksByUrl)
        {
            unfurls[url] = new JsonObject { ["blocks"] = blocks.DeepClone() };
        }

        var body = target is { UnfurlId: { } unfurlId, Source: { } source }
            ? new JsonObject { ["unfurl_id"] = unfurlId, ["source"] = source }
            : new JsonObject { ["channel"] = target.Channel, ["ts"] = target.MessageTs };
        body["unfurls"] = unfurls;
        await CallAsync(SlackMethods.Unfurl, body, cancellationToken);
    }

    public async Task PublishViewAsync(string userId, JsonObject view, CancellationToken cancellationToken) =>
        await CallAsync(SlackMethods.PublishView, new JsonObject { ["user_id"] = userId, ["view"] = view.DeepClone() }, cancellationToken);

    public async Task RespondAsync(string responseUrl, SlackResponse response, CancellationToken cancellationToken)
    {
        if (!responseUrls.IsTrusted(responseUrl))
        {
            Log.UntrustedResponseUrl(logger);
            throw Fail(SlackMethods.ResponseUrl, "untrusted_url");
        }

        var body = Message(response.Content);
        body["response_type"] = response.InChannel ? "in_channel" : "ephemeral";
        body["replace_original"] = response.ReplaceOriginal;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(responseUrl)) { Content = Json(body) };
        request.Options.Set(SlackAttemptMetrics.MethodOption, SlackMethods.ResponseUrl);
        using var answer = await SendAsync(SlackMethods.ResponseUrl, request, cancellationToken);
        Log.ApiCall(logger, SlackMethods.ResponseUrl, (int)answer.StatusCode);
        var text = await answer.Content.ReadAsStringAsync(cancellationToken);
        if (!answer.IsSuccessStatusCode)
        {
            throw Fail(SlackMethods.ResponseUrl, ErrorCode().IsMatch(text) ? text : $"http_{(int)answer.StatusCode}");
        }

        if (Parse(text) is { } json && !json.IsTrue("ok") && json.String("error") is { } error)
        {
            throw Fail(SlackMethods.ResponseUrl, error);
        }
    }

    private async Task<JsonElement> CallAsync(string method, JsonObject body, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (string.IsNullOrEmpty(settings.BotToken))
        {
            throw Fail(method, "no_bot_token_configured");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.ApiBaseUri(), method)) { Content = Json(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.BotToken);
        request.Options.Set(SlackApiPolicies.RetrySafe, SlackMethods.IsRetrySafe(method));
        request.Options.Set(SlackAttemptMetrics.MethodOption, method);
        using var response = await SendAsync(method, request, cancellationToken);
        Log.ApiCall(logger, method, (int)response.StatusCode);
        if (!response.IsSuccessStatusCode)
        {
            throw Fail(method, $"http_{(int)response.StatusCode}");
        }

        var result = Parse(await response.Content.ReadAsStringAsync(cancellationToken)) ?? throw Fail(method, "invalid_response");
        if (!result.IsTrue("ok"))
        {
            throw Fail(method, result.String("error") ?? "unknown_error");
        }

        if (result.At("response_metadata", "warnings") is { ValueKind: JsonValueKind.Array } warnings)
        {
            Log.ApiWarnings(logger, method, warnings);
        }

        return result;
    }

    /// <summary>Sends through the policies; a transport failure that outlasted them is counted, then rethrown.</summary>
    private async Task<HttpResponseMessage> SendAsync(string method, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (OutboundPolicies.FailureKind(ex) is { } kind && !cancellationToken.IsCancellationRequested)
        {
            metrics.CallFailed(Channel, method, kind);
            throw;
        }
    }

    private SlackApiException Fail(string method, string error)
    {
        Log.ApiError(logger, method, error);
        metrics.CallFailed(Channel, method, error);
        return new SlackApiException(method, error);
    }

    private static JsonObject Message(SlackMessageContent content) => new()
    {
        ["text"] = content.Text,
        ["blocks"] = content.Blocks.DeepClone(),
    };

    private static JsonObject InPlace(JsonObject body, SlackPlace place)
    {
        body["channel"] = place.Channel;
        if (place.ThreadTs is { } thread)
        {
            body["thread_ts"] = thread;
        }

        return body;
    }

    private static StringContent Json(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static JsonElement? Parse(string text)
    {
        using var document = SlackJson.ParseObject(Encoding.UTF8.GetBytes(text));
        return document?.RootElement.Clone();
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z_]{1,64}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial System.Text.RegularExpressions.Regex ErrorCode();
}
