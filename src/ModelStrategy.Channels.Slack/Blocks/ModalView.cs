using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Conversations.Flow;
using ModelStrategy.Core.Formatting;
using static ModelStrategy.Channels.Slack.Blocks.BlockElements;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>
/// The <c>/modelstrategy</c> modal: every guided question as an optional select (left empty, the typical value
/// stands in, as in the dialog), then an optional free-text "anything else". Each input's block_id and action_id
/// are its constraint field (<see cref="ModalFields"/>), so errors and values map one to one.
/// </summary>
internal static class ModalView
{
    /// <summary>The view's callback_id: view_submission and view_closed payloads with it are ours.</summary>
    public const string CallbackId = "modelstrategy";

    /// <summary>The modal's title (at most 24 characters).</summary>
    public const string Title = "ModelStrategy";

    /// <summary>The submit button (at most 24 characters).</summary>
    public const string Submit = "Get recommendation";

    /// <summary>The close button (at most 24 characters).</summary>
    public const string Close = "Cancel";

    /// <summary>The view object of views.open; <paramref name="privateMetadata"/> (at most 3,000 characters) comes back unchanged.</summary>
    public static JsonObject Render(string privateMetadata)
    {
        if (privateMetadata.Length > BlockKitLimits.PrivateMetadata)
        {
            throw new ArgumentException($"private_metadata is {privateMetadata.Length} characters; Slack takes at most {BlockKitLimits.PrivateMetadata}.", nameof(privateMetadata));
        }

        List<JsonObject> blocks =
        [
            Section("Answer what you know. Anything you leave empty uses the *typical* value shown in it, and I say so in the result."),
            .. GuidedQuestions.All.SelectMany(q => q.Inputs.Select(i => Field(q, i))),
            FreeText(),
        ];
        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = CallbackId,
            ["title"] = PlainText(Title, BlockKitLimits.ModalTitle),
            ["submit"] = PlainText(Submit, BlockKitLimits.ModalButton),
            ["close"] = PlainText(Close, BlockKitLimits.ModalButton),
            ["private_metadata"] = privateMetadata,
            ["blocks"] = new JsonArray([.. blocks.Take(BlockKitLimits.ModalBlocks)]),
        };
    }

    /// <summary>One optional select; the first input of a question carries its title as the label.</summary>
    private static JsonObject Field(GuidedQuestion question, CardInput input)
    {
        var first = question.Inputs[0] == input;
        var label = first ? question.Title : Capitalized(input.Label);
        var typical = input.Choices.FirstOrDefault(c => c.Value == input.Typical)?.Title
            ?? (input.Typical.Length > 0 ? FieldDisplay.Value(input.Field, input.Typical) : null);
        var options = input.Choices.Where(c => c.Value.Length is > 0 and <= BlockKitLimits.OptionValue)
            .Take(BlockKitLimits.SelectOptions).Select(c => Option(c.Title, c.Value)).ToList();
        var placeholder = typical is null ? "Pick one" : "Typical: " + typical;
        var hint = first ? question.WhyWeAsk : null;
        return Input(ModalFields.BlockId(input.Field), label, StaticSelect(ModalFields.ActionId(input.Field), placeholder, options), hint, optional: true);
    }

    private static JsonObject FreeText() => Input(
        ModalFields.BlockId(ModalFields.TextField),
        "Anything else?",
        new JsonObject
        {
            ["type"] = "plain_text_input",
            ["action_id"] = ModalFields.ActionId(ModalFields.TextField),
            ["multiline"] = true,
            ["max_length"] = Math.Min(BlockKitLimits.PlainTextInputLength, ConstraintsJsonReader.MaxTextLength),
            ["placeholder"] = PlainText("e.g. support ticket classification, launch in 6 weeks, customer PII", BlockKitLimits.Placeholder),
        },
        "Free text in your words; I read numbers, deadlines and data sizes from it. A choice above wins over the text.",
        optional: true);

    private static string Capitalized(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];
}
