using System.Text.Json.Nodes;
using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Channels.Teams.MessageExtensions;

/// <summary>
/// The dialog of "Triage with ModelStrategy" on a message (Adaptive Card 1.3): the message's text in an input the asker
/// may change, and Triage. The text is an input's value, so it is never rendered as markup.
/// </summary>
internal static class TriageDialog
{
    public const string Title = "Triage with ModelStrategy";

    public const string SubmitTitle = "Triage";

    public static JsonObject Card(string text) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = CompactCardRenderer.Version,
        ["fallbackText"] = "Triage this message with ModelStrategy.",
        ["body"] = new JsonArray(
            new JsonObject { ["type"] = "TextBlock", ["text"] = "Triage this message", ["size"] = "Medium", ["weight"] = "Bolder", ["wrap"] = true },
            new JsonObject
            {
                ["type"] = "TextBlock", ["wrap"] = true, ["isSubtle"] = true, ["spacing"] = "Small",
                ["text"] = "I read what the text says about the project (data, budget, deadline, how sensitive the data is) and recommend how to build it. "
                    + "Change the text if you like. The answer goes into your compose box: only you see it until you send it.",
            },
            new JsonObject
            {
                ["type"] = "Input.Text", ["id"] = CardActionNames.TextKey, ["label"] = "What the message says", ["isMultiline"] = true,
                ["maxLength"] = FreeText.MaxLength, ["value"] = text, ["isRequired"] = true, ["errorMessage"] = "Type what you know about the project.",
            }),
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "Action.Submit", ["title"] = SubmitTitle, ["style"] = "positive",
            ["data"] = new JsonObject { [ActionData.Action] = CardActionNames.Quick },
        }),
    };
}
