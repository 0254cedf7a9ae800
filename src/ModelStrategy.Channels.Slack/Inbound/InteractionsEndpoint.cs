using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Modal;

namespace ModelStrategy.Channels.Slack.Inbound;

/// <summary>
/// POST /slack/interactions (form with a JSON <c>payload</c>): verify → parse (400 when there is no JSON payload with a
/// type) → block_actions are queued once and acknowledged at once; view_submission is validated here, within Slack's
/// 3 s, answering <c>response_action: errors</c> on the fields or closing the modal and queueing the result;
/// view_closed and everything else is acknowledged and ignored.
/// </summary>
internal sealed class InteractionsEndpoint(
    SlackRequestGate gate, SlackDeliveries deliveries, IBlockKitReader reader, ILogger<InteractionsEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var passed = await gate.PassAsync(context, SlackRequestGate.Form);
        if (!passed.Passed)
        {
            return passed.Refusal!;
        }

        using var scope = gate.Scope(context.Request, passed);

        using var document = SlackJson.ParseInteraction(passed.Body!);
        if (document?.RootElement.String("type") is not { } type)
        {
            Log.BadRequest(logger, context.Request.Path, "no JSON payload with a type");
            return Results.BadRequest();
        }

        var root = document.RootElement;
        return type switch
        {
            "block_actions" => await BlockActionsAsync(root, passed.Body!, context.Request),
            "view_submission" => await SubmissionAsync(root, passed.Body!, context.Request),
            _ => Ignored(type),
        };
    }

    private async Task<IResult> BlockActionsAsync(JsonElement payload, byte[] body, HttpRequest request)
    {
        if (reader.ReadAction(payload) is not { } action)
        {
            return Ignored("block_actions not ours (or a link button)");
        }

        var reading = BlockActionReader.Read(payload, action);
        if (reading.Work is not { } work)
        {
            return Ignored(reading.Reason);
        }

        return await deliveries.AcceptAsync("slack:action:" + reading.DeliveryId, work, Work.SlackInboxCodec.Interactions, body, request);
    }

    private async Task<IResult> SubmissionAsync(JsonElement payload, byte[] body, HttpRequest request)
    {
        if (payload.String("view", "callback_id") != ModalView.CallbackId || payload.String("view", "id") is not { } viewId || !SlackIds.IsWellFormed(viewId))
        {
            return Ignored("view_submission of another view");
        }

        var read = ModalSubmission.Read(reader.ReadModal(payload));
        if (!read.IsValid)
        {
            var errors = new JsonObject { ["response_action"] = "errors", ["errors"] = reader.ModalErrors(read.Errors) };
            return Results.Text(errors.ToJsonString(), "application/json");
        }

        if (ModalOrigin.FromMetadata(payload.String("view", "private_metadata")) is not { } origin)
        {
            return Ignored("view_submission without our private_metadata");
        }

        return await deliveries.AcceptAsync("slack:view:" + viewId, new ModalResultWork(read.Constraints, read.Text, origin), Work.SlackInboxCodec.Interactions, body, request);
    }

    private IResult Ignored(string reason)
    {
        Log.Ignored(logger, "interaction", reason);
        return Results.Ok();
    }
}
