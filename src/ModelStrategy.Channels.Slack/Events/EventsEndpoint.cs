using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Slack.Inbound;
using ModelStrategy.Channels.Slack.Work;

namespace ModelStrategy.Channels.Slack.Events;

/// <summary>
/// POST /slack/events (Events API, JSON), after <see cref="SlackRequestFilter"/>: parse (400 when not a JSON object
/// with a type) → answer url_verification with its challenge → take on an answerable event_callback once (by
/// event_id, <see cref="EventReader"/>) and acknowledge at once; the dialog runs after the ack. Every other event type
/// is acknowledged and ignored.
/// </summary>
internal sealed class EventsEndpoint(SlackDeliveries deliveries, ILogger<EventsEndpoint> logger)
{
    /// <summary>Events API requests in the inbox, read back by <see cref="EventReader"/>.</summary>
    public static readonly SlackInboxKind Inbox = new("events", ReadWork);

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var verified = VerifiedSlackRequest.Of(context);
        using var document = SlackJson.ParseObject(verified.Body);
        if (document?.RootElement.String("type") is not { } type)
        {
            Log.BadRequest(logger, context.Request.Path, "not a JSON object with a type");
            return Results.BadRequest();
        }

        var root = document.RootElement;
        return type switch
        {
            "url_verification" => Challenge(root, context),
            "event_callback" => await CallbackAsync(root, verified, context),
            "app_rate_limited" => RateLimited(root),
            _ => Ignored($"envelope type {type}"),
        };
    }

    private static SlackWork? ReadWork(byte[] body)
    {
        using var document = SlackJson.ParseObject(body);
        return document is null ? null : EventReader.Read(document.RootElement).Work;
    }

    private IResult Challenge(JsonElement root, HttpContext context)
    {
        if (root.String("challenge") is not { } challenge)
        {
            Log.BadRequest(logger, context.Request.Path, "url_verification without a challenge");
            return Results.BadRequest();
        }

        return Results.Text(new JsonObject { ["challenge"] = challenge }.ToJsonString(), "application/json");
    }

    private async Task<IResult> CallbackAsync(JsonElement root, VerifiedSlackRequest verified, HttpContext context)
    {
        if (root.String("event_id") is not { } eventId || !SlackIds.IsWellFormed(eventId) || root.At("event") is not { ValueKind: JsonValueKind.Object })
        {
            Log.BadRequest(logger, context.Request.Path, "event_callback without event or a well-formed event_id");
            return Results.BadRequest();
        }

        var reading = EventReader.Read(root);
        if (reading.Work is not { } work)
        {
            return Ignored(reading.Reason);
        }

        return await deliveries.AcceptAsync("slack:event:" + eventId, work, Inbox, verified, context.Request);
    }

    private IResult RateLimited(JsonElement root)
    {
        Log.AppRateLimited(logger, root.At("minute_rate_limited")?.ToString() ?? "?");
        return Results.Ok();
    }

    private IResult Ignored(string reason)
    {
        Log.Ignored(logger, "event", reason);
        return Results.Ok();
    }
}
