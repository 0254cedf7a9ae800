using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Slack.Dialog;

namespace ModelStrategy.Channels.Slack.Inbound;

/// <summary>
/// POST /slack/events (Events API, JSON): verify (413, 401, 415: see <see cref="SlackRequestGate"/>) → parse (400 when not a JSON object with a type) → answer
/// url_verification with its challenge → take on an answerable event_callback once (by event_id) and acknowledge at
/// once; the dialog runs after the ack. Every other event type is acknowledged and ignored.
/// </summary>
internal sealed class EventsEndpoint(SlackRequestGate gate, SlackDeliveries deliveries, ILogger<EventsEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var passed = await gate.PassAsync(context, SlackRequestGate.Json);
        if (!passed.Passed)
        {
            return passed.Refusal!;
        }

        using var scope = gate.Scope(context.Request, passed);

        using var document = SlackJson.ParseObject(passed.Body!);
        if (document?.RootElement.String("type") is not { } type)
        {
            Log.BadRequest(logger, context.Request.Path, "not a JSON object with a type");
            return Results.BadRequest();
        }

        var root = document.RootElement;
        return type switch
        {
            "url_verification" => Challenge(root, context),
            "event_callback" => await CallbackAsync(root, passed.Body!, context),
            "app_rate_limited" => RateLimited(root),
            _ => Ignored($"envelope type {type}"),
        };
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

    private async Task<IResult> CallbackAsync(JsonElement root, byte[] body, HttpContext context)
    {
        if (root.String("event_id") is not { } eventId || !SlackIds.IsWellFormed(eventId) || root.At("event") is not { ValueKind: JsonValueKind.Object })
        {
            Log.BadRequest(logger, context.Request.Path, "event_callback without event or a well-formed event_id");
            return Results.BadRequest();
        }

        var reading = SlackEventReader.Read(root);
        if (reading.Message is not { } message)
        {
            return Ignored(reading.Reason);
        }

        return await deliveries.AcceptAsync("slack:event:" + eventId, new DialogMessageWork(message.Input, message.Place), Work.SlackInboxCodec.Events, body, context.Request);
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
