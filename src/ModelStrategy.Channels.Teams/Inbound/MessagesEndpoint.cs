using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Http.Inbound;
using ModelStrategy.Channels.Teams.Auth;
using ModelStrategy.Channels.Teams.Outbound;
using ModelStrategy.Core.ChannelSupport.Json;
using ModelStrategy.Core.ChannelSupport.Telemetry;
using ModelStrategy.Core.ChannelSupport.RateLimiting;

namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>
/// POST /api/messages: refuse a content type other than JSON (415) → read the body under <see cref="MaxBodyBytes"/>
/// (413) → parse (400 when malformed, without type, or with an overlong or control-character id) → authenticate (401,
/// fail closed) → acknowledge with 200 and no work a type no handler takes, or an activity without serviceUrl,
/// conversation or sender → refuse a tenant outside <c>Teams:AllowedTenants</c> (403) → spend one permit of the
/// tenant's budget (after authentication, so forged requests spend nothing; over the budget no work and the polite
/// answer of <see cref="RateLimitReplies"/>, 429 with Retry-After only where nobody can be answered) → the type's
/// handler. Each handled activity's time from receipt to reply is recorded in <see cref="TurnMetrics"/>.
/// <para>
/// Unlike Slack, Teams needs no durable inbox: every activity, messages included, is handled inline, and the 200 is
/// only sent after the engine's turn and the reply through the Bot Connector are done. A process that dies mid-turn
/// never acknowledged the activity, so the Bot Connector sees the delivery fail rather than succeed, and nothing it
/// considers delivered is lost. Invokes (Action.Execute) must stay synchronous anyway: their response carries the card.
/// </para>
/// </summary>
internal sealed class MessagesEndpoint(
    InboundAuthenticator authenticator,
    TeamsAccess access,
    TrustedServiceUrls trusted,
    IServiceProvider services,
    TeamRateLimiter limiter,
    TurnMetrics turns,
    TimeProvider time,
    ILogger<MessagesEndpoint> logger)
{
    /// <summary>The channel name the rate limiter partitions by.</summary>
    public const string Channel = "teams";

    /// <summary>The largest accepted body: 256 KB (a Teams activity with a card's data is a few KB).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>The longest id accepted (activity, conversation, sender, recipient, replyToId). Real ids are a few
    /// hundred characters at most and hold no control characters; other ones would end up in store keys and in the
    /// Bot Connector URL of the reply, which the connector refuses.</summary>
    public const int MaxIdLength = 1024;

    private static readonly System.Text.Json.JsonDocumentOptions ParseOptions = ReadableJson.Options(maxDepth: 64);

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var received = time.GetTimestamp();
        var cancellationToken = context.RequestAborted;
        if (!IsJson(context.Request))
        {
            Log.BadRequest(logger, "content type is not application/json");
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        var (activity, refusal) = await ReadAsync(context.Request, cancellationToken);
        if (activity is null)
        {
            return Results.StatusCode(refusal);
        }

        var auth = await authenticator.AuthenticateAsync(
            context.Request.Headers.Authorization.ToString(), context.Connection.RemoteIpAddress, activity, cancellationToken);
        if (!auth.Succeeded)
        {
            Log.Unauthorized(logger, auth.Reason);
            return Results.Unauthorized();
        }

        Log.Accepted(logger, activity.Type!, auth.Reason);
        // Only a known type is looked up: the container would remember every unknown key it was asked for.
        var handler = ActivityHandlers.ByType.ContainsKey(activity.Type!) ? services.GetRequiredKeyedService<IActivityHandler>(activity.Type) : null;
        if (handler is null || string.IsNullOrWhiteSpace(activity.ServiceUrl)
            || string.IsNullOrWhiteSpace(activity.Conversation?.Id) || !ActivityMapper.HasSender(activity))
        {
            Log.Ignored(logger, activity.Type!);
            return Results.Ok();
        }

        var tenantId = ActivityMapper.Tenant(activity);
        if (!access.AllowsTenant(tenantId))
        {
            Log.TenantNotAllowed(logger, activity.Type!, tenantId ?? "?");
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        using var scope = logger.BeginScope(new Dictionary<string, object>
        {
            ["TenantId"] = tenantId ?? "?",
            ["ConversationKeyHash"] = KeyHash(activity.Conversation!.Id!),
        });
        var decision = limiter.TryAcquire(Channel, tenantId);
        if (!decision.Allowed)
        {
            Log.OverRateLimit(logger, activity.Type!, tenantId ?? "?", decision.RetryAfterSeconds);
            trusted.Trust(activity.ServiceUrl);
            if (await services.GetRequiredService<RateLimitReplies>().AnswerAsync(activity, decision, cancellationToken) is { } polite)
            {
                return Answer(polite);
            }

            context.Response.Headers.RetryAfter = decision.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        trusted.Trust(activity.ServiceUrl);
        var result = await handler.HandleAsync(activity with { Id = activity.Id ?? Guid.NewGuid().ToString("N") }, cancellationToken);
        turns.Record(Channel, Kind(activity.Type!), time.GetElapsedTime(received));
        return Answer(result);
    }

    /// <summary>The turn kind tag: message, invoke, or event (conversationUpdate, installationUpdate…).</summary>
    private static string Kind(string type) => type switch
    {
        ActivityTypes.Message => "message",
        ActivityTypes.Invoke => "invoke",
        _ => "event",
    };

    private static IResult Answer(InboundResult result) =>
        result.Body is null
            ? Results.StatusCode(result.Status)
            : Results.Json(result.Body, statusCode: result.Status);

    /// <summary>A short, stable stand-in for a conversation id in logs: the first 12 hex digits of its SHA-256.</summary>
    private static string KeyHash(string conversationId) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(conversationId)))[..12];

    private static bool IsJson(HttpRequest request) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase);

    private static bool HasMalformedId(Activity activity) =>
        new[] { activity.Id, activity.ReplyToId, activity.Conversation?.Id, activity.From?.Id, activity.From?.AadObjectId, activity.Recipient?.Id }
            .Any(id => id is not null && (id.Length > MaxIdLength || id.Any(char.IsControl)));

    /// <summary>The activity, or null and the status refusing it (413 when too large, 400 when malformed or unreadable).</summary>
    private async Task<(Activity? Activity, int Refusal)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await BoundedBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (!body.IsRead)
        {
            Log.BadRequest(logger, body.Refusal == BodyRefusal.TooLarge ? "body too large" : "body not readable");
            return (null, body.Refusal == BodyRefusal.TooLarge ? StatusCodes.Status413PayloadTooLarge : body.Status);
        }

        try
        {
            var bytes = body.Bytes;
            using (var document = JsonDocument.Parse(bytes, ParseOptions))
            {
                if (!ReadableJson.IsReadable(document.RootElement))
                {
                    Log.BadRequest(logger, "unreadable text (invalid UTF-8 or an unpaired surrogate)");
                    return (null, StatusCodes.Status400BadRequest);
                }
            }

            var activity = JsonSerializer.Deserialize<Activity>(bytes.Span, ActivityJson.Options);
            if (string.IsNullOrWhiteSpace(activity?.Type))
            {
                Log.BadRequest(logger, "missing type");
                return (null, StatusCodes.Status400BadRequest);
            }

            if (HasMalformedId(activity))
            {
                Log.BadRequest(logger, $"an id longer than {MaxIdLength} characters or with control characters");
                return (null, StatusCodes.Status400BadRequest);
            }

            return (activity, 0);
        }
        catch (JsonException)
        {
            Log.BadRequest(logger, "malformed JSON");
            return (null, StatusCodes.Status400BadRequest);
        }
    }
}
