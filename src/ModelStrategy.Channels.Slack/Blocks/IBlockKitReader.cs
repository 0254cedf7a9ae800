using System.Text.Json;
using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>
/// The reading half of the Block Kit contract: turns what Slack sends back for the blocks and modal that
/// <see cref="IBlockKitRenderer"/> produced into neutral actions and field values. It owns the encoding of
/// action ids, button values and block ids, so nothing else depends on it.
/// </summary>
internal interface IBlockKitReader
{
    /// <summary>
    /// The first action of a <c>block_actions</c> payload as a neutral action; null when it is not one of ours, is
    /// malformed, or needs nothing but the ack (a report link button, a form's select changing before its Next).
    /// </summary>
    /// <param name="payload">The whole interactivity payload (the parsed <c>payload</c> form field).</param>
    SlackCardAction? ReadAction(JsonElement payload);

    /// <summary>
    /// The values of a <c>view_submission</c> of the modal, keyed by constraint field (wire names and numbers as
    /// strings) plus <c>text</c> for the free text; unanswered fields are absent, and a view that is not our modal reads
    /// as empty. <c>ModalFields.ToConstraintsJson</c> turns them into the JSON that ConstraintsJsonReader reads.
    /// </summary>
    /// <param name="payload">The whole interactivity payload.</param>
    IReadOnlyDictionary<string, string> ReadModal(JsonElement payload);

    /// <summary>
    /// The <c>errors</c> object of a <c>response_action: errors</c> reply, keyed by the modal's input block ids; each
    /// message names the allowed values. An error for a field the modal has no input for is shown under the free text.
    /// </summary>
    /// <param name="errors">The bad fields.</param>
    JsonObject ModalErrors(IReadOnlyList<FieldError> errors);
}

/// <summary>A click read from Slack, ready to become a <c>CardActionInput</c>.</summary>
/// <param name="Name">The command, one of <see cref="CardActionNames"/>.</param>
/// <param name="Context">The card context the button carried; null for buttons outside a dialog.</param>
/// <param name="Values">The button's fixed values and any selected values, keyed by field.</param>
internal sealed record SlackCardAction(string Name, CardContext? Context, IReadOnlyDictionary<string, string> Values);
