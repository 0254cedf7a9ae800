using System.Text.Json;
using System.Text.Json.Nodes;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Inbound;
using ModelStrategy.Channels.Slack.Work;

namespace ModelStrategy.Channels.Slack.Interactions;

/// <summary>
/// What an interaction becomes: the work to queue under its delivery key; or the field errors to answer a modal
/// submission with; or, when neither, why it is ignored.
/// </summary>
internal sealed record InteractionReading(SlackWork? Work, string DeliveryKey, JsonObject? Errors, string Reason)
{
    public static InteractionReading Ignore(string reason) => new(null, string.Empty, null, reason);
}

/// <summary>
/// Reads an interaction payload (slack.md §4): <c>block_actions</c> through <see cref="BlockActionReader"/> (the Home
/// tab's "New recommendation" through <see cref="ShortcutReader"/>), a <c>view_submission</c> of our modal validated the
/// way the HTTP API validates a body (<see cref="ModalSubmission"/>), and the app's shortcuts (<c>message_action</c>,
/// <c>shortcut</c>) through <see cref="ShortcutReader"/>.
/// The endpoint reads a request with it, and the inbox reads the stored request back with it after a restart.
/// </summary>
internal static class InteractionReader
{
    public static InteractionReading Read(JsonElement payload) => payload.String("type") switch
    {
        "block_actions" => ShortcutReader.HomeButton(payload) ?? (BlockKitReader.ReadAction(payload) is { } action
            ? BlockActionReader.Read(payload, action)
            : InteractionReading.Ignore("block_actions not ours (or a link button)")),
        "view_submission" => Submission(payload),
        "message_action" => ShortcutReader.Message(payload),
        "shortcut" => ShortcutReader.Global(payload),
        var type => InteractionReading.Ignore(type ?? "(no type)"),
    };

    private static InteractionReading Submission(JsonElement payload)
    {
        if (payload.String("view", "callback_id") != ModalView.CallbackId || payload.String("view", "id") is not { } viewId || !SlackIds.IsWellFormed(viewId))
        {
            return InteractionReading.Ignore("view_submission of another view");
        }

        var read = ModalSubmission.Read(BlockKitReader.ReadModal(payload));
        if (!read.IsValid)
        {
            return new InteractionReading(null, string.Empty, BlockKitReader.ModalErrors(read.Errors), "invalid view_submission");
        }

        if (ModalOrigin.FromMetadata(payload.String("view", "private_metadata")) is not { } origin)
        {
            return InteractionReading.Ignore("view_submission without our private_metadata");
        }

        return new InteractionReading(new ModalResultWork(read.Constraints, read.Text, origin), "slack:view:" + viewId, null, "view_submission");
    }
}
