using ModelStrategy.Channels.Teams.Cards;
using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Benchmarks.Cards.Old;

/// <summary>
/// Card buttons. Commands become Action.Execute (verb = command) so the card updates in place; the data follows
/// <see cref="ActionData"/>, and each carries an Action.Submit fallback with the same data for clients before 1.4.
/// </summary>
internal static class AdaptiveActions
{
    /// <summary>A command button; <paramref name="withInputs"/> false sends no input values and skips their validation.</summary>
    public static JsonObject Execute(CardAction action, CardContext? context, bool withInputs = false, string? mode = null)
    {
        var execute = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = action.Title,
            ["verb"] = action.Name,
            ["data"] = Data(action.Name, context, action.Values),
            ["associatedInputs"] = withInputs ? "Auto" : "None",
        };
        if (action.Primary)
        {
            execute["style"] = "positive";
        }

        if (mode is not null)
        {
            execute["mode"] = mode;
        }

        execute["fallback"] = new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = action.Title,
            ["data"] = Data(action.Name, context, action.Values),
            ["associatedInputs"] = withInputs ? "Auto" : "None",
        };
        return execute;
    }

    /// <summary>The data of a button: the reserved keys of <see cref="ActionData"/>, then the button's fixed values.</summary>
    public static JsonObject Data(string name, CardContext? context, IReadOnlyDictionary<string, string> values)
    {
        var data = new JsonObject { [ActionData.Action] = name };
        if (context is not null)
        {
            data[ActionData.DialogId] = context.DialogId;
            data[ActionData.StepId] = context.StepId;
            data[ActionData.CardVersion] = context.CardVersion;
        }

        foreach (var (key, value) in values.Where(v => !ActionData.Reserved.Contains(v.Key)))
        {
            data[key] = value;
        }

        return data;
    }

    /// <summary>A link button; <paramref name="mode"/> "secondary" puts it in the overflow menu.</summary>
    public static JsonObject OpenUrl(string title, Uri url, string? mode = null)
    {
        var open = new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url.AbsoluteUri };
        if (mode is not null)
        {
            open["mode"] = mode;
        }

        return open;
    }

    public static JsonObject Toggle(string title, string targetId) => new()
    {
        ["type"] = "Action.ToggleVisibility",
        ["title"] = title,
        ["targetElements"] = new JsonArray(targetId),
    };
}
