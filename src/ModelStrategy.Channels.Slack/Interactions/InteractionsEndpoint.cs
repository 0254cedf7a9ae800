using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Slack.Inbound;
using ModelStrategy.Channels.Slack.Work;

namespace ModelStrategy.Channels.Slack.Interactions;

/// <summary>
/// POST /slack/interactions (form with a JSON <c>payload</c>), after <see cref="SlackRequestFilter"/>: parse (400 when
/// there is no JSON payload with a type) → <see cref="InteractionReader"/>: block_actions are queued once and
/// acknowledged at once; view_submission is validated here, within Slack's 3 s, answering
/// <c>response_action: errors</c> on the fields or closing the modal and queueing the result; view_closed and
/// everything else is acknowledged and ignored.
/// </summary>
internal sealed class InteractionsEndpoint(SlackDeliveries deliveries, ILogger<InteractionsEndpoint> logger)
{
    /// <summary>Interactions in the inbox, read back by <see cref="InteractionReader"/>.</summary>
    public static readonly SlackInboxKind Inbox = new("interactions", ReadWork);

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var verified = VerifiedSlackRequest.Of(context);
        using var document = SlackJson.ParseInteraction(verified.Body);
        if (document?.RootElement.String("type") is null)
        {
            Log.BadRequest(logger, context.Request.Path, "no JSON payload with a type");
            return Results.BadRequest();
        }

        var reading = InteractionReader.Read(document.RootElement);
        if (reading.Errors is { } errors)
        {
            return Results.Text(new JsonObject { ["response_action"] = "errors", ["errors"] = errors }.ToJsonString(), "application/json");
        }

        if (reading.Work is not { } work)
        {
            Log.Ignored(logger, "interaction", reading.Reason);
            return Results.Ok();
        }

        return await deliveries.AcceptAsync(reading.DeliveryKey, work, Inbox, verified, context.Request);
    }

    private static SlackWork? ReadWork(byte[] body)
    {
        using var document = SlackJson.ParseInteraction(body);
        return document is null ? null : InteractionReader.Read(document.RootElement).Work;
    }
}
