using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>What a card click carries: the command, the card's context and the submitted values (see <see cref="ActionData"/>).</summary>
internal sealed record CardActionData(string Action, CardContext? Context, IReadOnlyDictionary<string, string> Values);

/// <summary>Reads an Action.Execute invoke or an Action.Submit value into <see cref="CardActionData"/>.</summary>
internal static class CardActionReader
{
    /// <summary>An invoke <c>adaptiveCard/action</c>: value.action.verb and value.action.data.</summary>
    public static CardActionData? FromInvoke(Activity activity)
    {
        var action = (activity.Value as JsonObject)?["action"] as JsonObject;
        var verb = action?["verb"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
        return Read(action?["data"] as JsonObject, verb);
    }

    /// <summary>An Action.Submit message: the activity's value object.</summary>
    public static CardActionData? FromSubmit(Activity activity) => Read(activity.Value as JsonObject, verb: null);

    private static CardActionData? Read(JsonObject? data, string? verb)
    {
        var action = string.IsNullOrWhiteSpace(verb) ? Text(data?[ActionData.Action]) : verb;
        if (string.IsNullOrWhiteSpace(action))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, node) in data ?? [])
        {
            if (!ActionData.Reserved.Contains(key) && Text(node) is { } text)
            {
                values[key] = text;
            }
        }

        return new CardActionData(action, Context(data), values);
    }

    private static CardContext? Context(JsonObject? data)
    {
        var dialogId = Text(data?[ActionData.DialogId]);
        var stepId = Text(data?[ActionData.StepId]);
        var version = Text(data?[ActionData.CardVersion]);
        if (string.IsNullOrEmpty(dialogId) || string.IsNullOrEmpty(stepId)
            || !int.TryParse(version, NumberStyles.Integer, CultureInfo.InvariantCulture, out var cardVersion))
        {
            return null;
        }

        return new CardContext(dialogId, stepId, cardVersion);
    }

    /// <summary>A string or number as text; anything else (objects, arrays, booleans, null) is not a value.</summary>
    private static string? Text(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.ToJsonString(),
            _ => null,
        };
    }
}
