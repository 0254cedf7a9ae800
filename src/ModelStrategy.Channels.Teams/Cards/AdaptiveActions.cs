using System.Text.Json;
using ModelStrategy.Core.Cards;
using N = ModelStrategy.Channels.Teams.Cards.AdaptiveNames;

namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>
/// Card buttons. Commands become Action.Execute (verb = command) so the card updates in place; the data follows
/// <see cref="ActionData"/>, and each carries an Action.Submit fallback with the same data for clients before 1.4.
/// Cards that keep to 1.3 use <see cref="Submit"/> alone.
/// </summary>
internal static class AdaptiveActions
{
    /// <summary>
    /// A command button; <paramref name="withInputs"/> false sends no input values and skips their validation. On a card
    /// with no inputs at all (<paramref name="inputsOnCard"/> false) there is nothing to send or skip, so the button says
    /// nothing about inputs (a smaller card).
    /// </summary>
    public static void Execute(this Utf8JsonWriter w, CardAction action, CardContext? context, bool withInputs = false, string? mode = null, bool inputsOnCard = true) =>
        w.Execute(new Button(action.Name, action.Title, action.Primary, action.Values), context, withInputs, mode, inputsOnCard);

    /// <summary>A command button made of its parts (see <see cref="Button"/>).</summary>
    public static void Execute(this Utf8JsonWriter w, in Button button, CardContext? context, bool withInputs = false, string? mode = null, bool inputsOnCard = true)
    {
        w.WriteStartObject();
        w.WriteString(N.Type, "Action.Execute");
        w.WriteString(N.Title, button.Title);
        w.WriteString(N.Verb, button.Name);
        w.Data(button, context);
        w.Inputs(withInputs, inputsOnCard);
        if (button.Primary)
        {
            w.WriteString(N.Style, "positive");
        }

        w.Optional(N.Mode, mode);
        w.WritePropertyName(N.Fallback);
        w.WriteStartObject();
        w.WriteString(N.Type, "Action.Submit");
        w.WriteString(N.Title, button.Title);
        w.Data(button, context);
        w.Inputs(withInputs, inputsOnCard);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>A command button as Action.Submit (Adaptive Cards 1.0), for cards that must keep to 1.3: the same data as <see cref="Execute(Utf8JsonWriter, CardAction, CardContext?, bool, string?, bool)"/>.</summary>
    public static void Submit(this Utf8JsonWriter w, CardAction action, CardContext? context)
    {
        var button = new Button(action.Name, action.Title, action.Primary, action.Values);
        w.WriteStartObject();
        w.WriteString(N.Type, "Action.Submit");
        w.WriteString(N.Title, button.Title);
        w.Data(button, context);
        if (button.Primary)
        {
            w.WriteString(N.Style, "positive");
        }

        w.WriteEndObject();
    }

    /// <summary>A link button; <paramref name="mode"/> "secondary" puts it in the overflow menu.</summary>
    public static void OpenUrl(this Utf8JsonWriter w, string title, Uri url, string? mode = null)
    {
        w.WriteStartObject();
        w.WriteString(N.Type, "Action.OpenUrl");
        w.WriteString(N.Title, title);
        w.WriteString(N.Url, url.AbsoluteUri);
        w.Optional(N.Mode, mode);
        w.WriteEndObject();
    }

    public static void Toggle(this Utf8JsonWriter w, string title, string targetId)
    {
        w.WriteStartObject();
        w.WriteString(N.Type, "Action.ToggleVisibility");
        w.WriteString(N.Title, title);
        w.WriteStartArray(N.TargetElements);
        w.WriteStringValue(targetId);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The data of a button: the reserved keys of <see cref="ActionData"/>, then the button's fixed values.</summary>
    private static void Data(this Utf8JsonWriter w, in Button button, CardContext? context)
    {
        w.WritePropertyName(N.Data);
        w.WriteStartObject();
        w.WriteString(N.Action, button.Name);
        if (context is not null)
        {
            w.WriteString(N.DialogId, context.DialogId);
            w.WriteString(N.StepId, context.StepId);
            w.WriteNumber(N.CardVersion, context.CardVersion);
        }

        if (button.Values is { } values)
        {
            foreach (var (key, value) in values)
            {
                w.Value(key, value);
            }
        }

        if (button.Field is { } field)
        {
            w.Value(field, button.FieldValue!);
        }

        w.WriteEndObject();
    }

    private static void Inputs(this Utf8JsonWriter w, bool withInputs, bool inputsOnCard)
    {
        if (withInputs || inputsOnCard)
        {
            w.WriteString(N.AssociatedInputs, withInputs ? "Auto" : "None");
        }
    }

    private static void Value(this Utf8JsonWriter w, string key, string value)
    {
        if (!ActionData.Reserved.Contains(key))
        {
            w.WriteString(key, value);
        }
    }

    /// <summary>
    /// What a command button sends: its command, title and style, and either fixed <paramref name="Values"/> or one
    /// <paramref name="Field"/> = <paramref name="FieldValue"/> (a one-click choice, without a dictionary per button).
    /// </summary>
    internal readonly record struct Button(string Name, string Title, bool Primary, IReadOnlyDictionary<string, string>? Values, string? Field = null, string? FieldValue = null);
}
