using System.Text.Json;
using System.Text.Json.Nodes;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Formatting;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>
/// The reading half of the Block Kit contract: turns what Slack sends back for the blocks and modal that
/// <see cref="BlockKitRenderer"/> produced (<see cref="ActionCodec"/>, <see cref="ModalFields"/>) into neutral actions
/// and field values. Payloads are untrusted: anything that is not ours or not well formed reads as null (or empty),
/// never as an exception.
/// </summary>
internal static class BlockKitReader
{
    /// <summary>Longest error text we put under a modal field.</summary>
    public const int MaxErrorText = 2000;

    /// <summary>
    /// The first action of a <c>block_actions</c> payload as a neutral action; null when it is not one of ours, is
    /// malformed, or needs nothing but the ack (a report link button, a form's select changing before its Next).
    /// </summary>
    public static SlackCardAction? ReadAction(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object || Text(payload, "type") != "block_actions"
            || !payload.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array || actions.GetArrayLength() == 0
            || actions[0] is not { ValueKind: JsonValueKind.Object } action
            || Text(action, "action_id") is not { } actionId || !actionId.StartsWith(ActionCodec.Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        if (actionId.StartsWith(ActionCodec.CommandPrefix, StringComparison.Ordinal) && Text(action, "type") == "button")
        {
            return Command(payload, ActionCodec.Decode(Text(action, "value")));
        }

        if (actionId == ActionCodec.PickActionId && Text(action, "type") == "static_select"
            && Text(action, "block_id") is { } blockId && blockId.StartsWith(ActionCodec.PickBlockPrefix, StringComparison.Ordinal)
            && ActionCodec.Decode(blockId[ActionCodec.PickBlockPrefix.Length..]) is { Field: { Length: > 0 } field } token
            && Selected(action) is { } picked)
        {
            return new SlackCardAction(token.Name, token.Context, new Dictionary<string, string>(token.Values, StringComparer.Ordinal) { [field] = picked });
        }

        return null;
    }

    /// <summary>
    /// The values of a <c>view_submission</c> of the modal, keyed by constraint field (wire names and numbers as
    /// strings) plus <c>text</c> for the free text; unanswered fields are absent, and a view that is not our modal reads
    /// as empty. <c>ModalFields.ToConstraintsJson</c> turns them into the JSON that ConstraintsJsonReader reads.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReadModal(JsonElement payload)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (payload.ValueKind != JsonValueKind.Object || !payload.TryGetProperty("view", out var view) || view.ValueKind != JsonValueKind.Object
            || Text(view, "callback_id") != ModalView.CallbackId || !TryState(view, out var state))
        {
            return values;
        }

        foreach (var block in state.EnumerateObject().Where(b => ModalFields.IsField(b.Name) && b.Value.ValueKind == JsonValueKind.Object))
        {
            if (block.Value.TryGetProperty(ModalFields.ActionId(block.Name), out var element) && element.ValueKind == JsonValueKind.Object
                && (Selected(element) ?? Text(element, "value")) is { } value && !string.IsNullOrWhiteSpace(value))
            {
                values[block.Name] = value.Trim();
            }
        }

        return values;
    }

    /// <summary>
    /// The <c>errors</c> object of a <c>response_action: errors</c> reply, keyed by the modal's input block ids; each
    /// message names the allowed values. An error for a field the modal has no input for is shown under the free text.
    /// </summary>
    public static JsonObject ModalErrors(IReadOnlyList<FieldError> errors)
    {
        var byBlock = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var error in errors)
        {
            var field = ModalFields.All.FirstOrDefault(f => string.Equals(f, error.Field, StringComparison.OrdinalIgnoreCase));
            var blockId = ModalFields.BlockId(field ?? ModalFields.TextField);
            var label = field is null || field == ModalFields.TextField ? error.Field : FieldDisplay.Label(field);
            var text = $"{Capitalized(label)} {error.Message}. Allowed: {error.Allowed}.";
            (byBlock.TryGetValue(blockId, out var list) ? list : byBlock[blockId] = []).Add(text);
        }

        return new JsonObject([.. byBlock.Select(b => KeyValuePair.Create(b.Key, (JsonNode?)JsonValue.Create(Mrkdwn.Plain(string.Join(" ", b.Value), MaxErrorText))))]);
    }

    /// <summary>A command button's token; a form's submit adds the selects' and text fields' current values from <c>state.values</c>.</summary>
    private static SlackCardAction? Command(JsonElement payload, ActionToken? token)
    {
        if (token is null)
        {
            return null;
        }

        var values = new Dictionary<string, string>(token.Values, StringComparer.Ordinal);
        if (token.Form && TryState(payload, out var state))
        {
            foreach (var block in state.EnumerateObject().Where(b => b.Value.ValueKind == JsonValueKind.Object))
            {
                foreach (var element in block.Value.EnumerateObject().Where(e => e.Name.StartsWith(ActionCodec.FieldPrefix, StringComparison.Ordinal)))
                {
                    // A select's choice, or a text field's value (a form of fields, e.g. an outcome's weeks and cost).
                    if (element.Value.ValueKind == JsonValueKind.Object && (Selected(element.Value) ?? Text(element.Value, "value")) is { } selected
                        && element.Name.Length > ActionCodec.FieldPrefix.Length)
                    {
                        values[element.Name[ActionCodec.FieldPrefix.Length..]] = selected;
                    }
                }
            }
        }

        return new SlackCardAction(token.Name, token.Context, values);
    }

    /// <summary><c>state.values</c> of a payload or view.</summary>
    private static bool TryState(JsonElement owner, out JsonElement values)
    {
        values = default;
        return owner.TryGetProperty("state", out var state) && state.ValueKind == JsonValueKind.Object
            && state.TryGetProperty("values", out values) && values.ValueKind == JsonValueKind.Object;
    }

    /// <summary>The value of a select's <c>selected_option</c>.</summary>
    private static string? Selected(JsonElement element) =>
        element.TryGetProperty("selected_option", out var option) && option.ValueKind == JsonValueKind.Object ? Text(option, "value") : null;

    private static string? Text(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Capitalized(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];
}
