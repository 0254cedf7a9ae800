using System.Globalization;
using System.Text.Json.Nodes;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Conversations.Flow;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>
/// The modal's inputs by constraint field: block_id and action_id are the field's wire name (the free text is
/// <see cref="TextField"/>), and the values read back convert to the JSON that <see cref="ConstraintsJsonReader"/> reads.
/// </summary>
internal static class ModalFields
{
    /// <summary>The free-text input; its value is the quick-triage text.</summary>
    public const string TextField = ConstraintsJsonReader.TextField;

    /// <summary>Every field the modal asks, in order, then <see cref="TextField"/>.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. GuidedQuestions.All.SelectMany(q => q.Inputs).Select(i => i.Field), TextField];

    private static readonly HashSet<string> EnumFields =
    [
        ConstraintFields.TaskType, ConstraintFields.Need, ConstraintFields.KnowledgeChange, ConstraintFields.DataQuality,
        ConstraintFields.DataSensitivity, ConstraintFields.MlExpertise, ConstraintFields.Baseline,
    ];

    /// <summary>The block_id of the field's input block (the key of its error in <c>response_action: errors</c>).</summary>
    public static string BlockId(string field) => field;

    /// <summary>The action_id of the field's element (the inner key of its value in <c>state.values</c>).</summary>
    public static string ActionId(string field) => field;

    /// <summary>True for a block id of the modal's inputs.</summary>
    public static bool IsField(string blockId) => All.Contains(blockId, StringComparer.Ordinal);

    /// <summary>
    /// The values as a constraints object for <see cref="ConstraintsJsonReader.Read"/>: numeric fields as JSON numbers,
    /// everything else as strings (a bad value then draws the reader's own error, naming the allowed values).
    /// </summary>
    public static JsonObject ToConstraintsJson(IReadOnlyDictionary<string, string> values)
    {
        var json = new JsonObject();
        foreach (var (field, value) in values)
        {
            json[field] = field != TextField && !EnumFields.Contains(field)
                && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
                ? JsonValue.Create(number)
                : JsonValue.Create(value);
        }

        return json;
    }
}
