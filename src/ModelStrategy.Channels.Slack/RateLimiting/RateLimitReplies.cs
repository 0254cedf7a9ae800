using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Inbound;
using ModelStrategy.Core.ChannelSupport.RateLimiting;

namespace ModelStrategy.Channels.Slack.RateLimiting;

/// <summary>
/// What a verified request over its team's limit gets instead of work, always with 200 (a non-200 makes Slack retry
/// and worsens the flood): a slash command an ephemeral "slow down"; a submission of our modal
/// <c>response_action: errors</c> on its free-text block, so the modal stays open with the notice and can be submitted
/// again later; events and other interactions an empty 200 (there is nobody to answer synchronously).
/// </summary>
internal static class RateLimitReplies
{
    public static IResult For(HttpRequest request, byte[] body, RateLimitDecision decision)
    {
        if (request.Path == SlackChannelEndpointRouteBuilderExtensions.CommandsRoute)
        {
            return Json(new JsonObject { ["response_type"] = "ephemeral", ["text"] = Text(decision) });
        }

        if (request.Path == SlackChannelEndpointRouteBuilderExtensions.InteractionsRoute && IsOurSubmission(body))
        {
            return Json(new JsonObject
            {
                ["response_action"] = "errors",
                ["errors"] = new JsonObject { [ModalFields.BlockId(ModalFields.TextField)] = Text(decision) },
            });
        }

        return Results.Ok();
    }

    /// <summary>The notice, with the wait rounded up to whole seconds.</summary>
    public static string Text(RateLimitDecision decision) =>
        $"Your workspace is sending requests faster than I can answer. Please try again in {decision.RetryAfterSeconds} seconds.";

    private static bool IsOurSubmission(byte[] body)
    {
        using var document = SlackJson.ParseInteraction(body);
        return document is not null
            && document.RootElement.String("type") == "view_submission"
            && document.RootElement.String("view", "callback_id") == ModalView.CallbackId;
    }

    private static IResult Json(JsonObject body) => Results.Text(body.ToJsonString(), "application/json");
}
