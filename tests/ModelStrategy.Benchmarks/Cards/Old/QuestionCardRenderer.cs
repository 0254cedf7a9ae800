using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;
using static ModelStrategy.Benchmarks.Cards.Old.AdaptiveElements;

namespace ModelStrategy.Benchmarks.Cards.Old;

/// <summary>
/// A guided question: notice, who answered last, "Step 3 of 8", the question and why we ask; then either one button
/// per choice (one input with few choices) or a form of dropdowns with one submit; a typed-answer box; Back/Skip/Cancel.
/// </summary>
internal static class QuestionCardRenderer
{
    /// <summary>More choices than this become a dropdown instead of buttons (Teams shows at most 6 buttons in a row).</summary>
    public const int MaxChoiceButtons = 5;

    public static JsonObject Render(QuestionCard card)
    {
        var body = new List<JsonNode>();
        if (card.Notice is { Length: > 0 } notice)
        {
            body.Add(Notice(notice));
        }

        if (card.LastAnswer is { Length: > 0 } last)
        {
            body.Add(Text(last, size: "Small", subtle: true));
        }

        if (card.Progress is { } progress)
        {
            body.Add(Text($"Step {progress.Current} of {progress.Total}", size: "Small", color: "Accent", weight: "Bolder"));
        }

        body.Add(Heading(card.Title, size: "Large", spacing: "Small"));
        body.Add(Text(card.WhyWeAsk, subtle: true, spacing: "Small"));
        body.AddRange(OneClick(card) ? Buttons(card) : Form(card));
        var controls = card.Actions.Select(a => (JsonNode)AdaptiveActions.Execute(a, card.Context));
        return AdaptiveCardRenderer.Root(FallbackText(card), body, controls);
    }

    /// <summary>True when each choice is its own button: one input with a handful of choices.</summary>
    public static bool OneClick(QuestionCard card) => card.Inputs.Count == 1 && card.Inputs[0].Choices.Count <= MaxChoiceButtons;

    private static IEnumerable<JsonNode> Buttons(QuestionCard card)
    {
        var input = card.Inputs[0];
        // One button per row: choice titles are long ("Behaviour: format, tone, consistency") and a row would cut them off.
        foreach (var (choice, index) in input.Choices.Select((c, i) => (c, i)))
        {
            var action = new CardAction(card.ChoiceAction, ChoiceTitle(input, choice), new Dictionary<string, string> { [input.Field] = choice.Value });
            yield return ActionSet([AdaptiveActions.Execute(action, card.Context)], spacing: index == 0 ? "Medium" : "Small");
        }

        yield return TypedAnswer(card, required: true);
        yield return ActionSet([AdaptiveActions.Execute(CardAction.Of(card.ChoiceAction, "Send"), card.Context, withInputs: true)]);
    }

    private static IEnumerable<JsonNode> Form(QuestionCard card)
    {
        foreach (var input in card.Inputs)
        {
            yield return ChoiceSet(input);
        }

        yield return TypedAnswer(card, required: false);
        yield return ActionSet([AdaptiveActions.Execute(CardAction.Of(card.ChoiceAction, "Next", primary: true), card.Context, withInputs: true)]);
    }

    /// <summary>A dropdown whose id is the constraint field; it starts on the current answer, else the typical one.</summary>
    private static JsonObject ChoiceSet(CardInput input)
    {
        var choiceSet = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = input.Field,
            ["label"] = Capitalized(input.Label),
            ["style"] = "compact",
            ["choices"] = new JsonArray([.. input.Choices.Select(c => (JsonNode)new JsonObject { ["title"] = ChoiceTitle(input, c), ["value"] = c.Value })]),
            ["placeholder"] = "Pick one",
        };
        if (Preselected(input) is { } value)
        {
            choiceSet["value"] = value;
            choiceSet["isRequired"] = true;
            choiceSet["errorMessage"] = "Pick one of the choices.";
        }

        return choiceSet;
    }

    /// <summary>The typed answer, submitted under <see cref="CardActionNames.TextKey"/>.</summary>
    private static JsonObject TypedAnswer(QuestionCard card, bool required)
    {
        var text = new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = CardActionNames.TextKey,
            ["label"] = card.TypedHint,
            ["placeholder"] = "Type your answer",
            ["maxLength"] = 200,
            ["spacing"] = "Medium",
        };
        if (required)
        {
            text["isRequired"] = true;
            text["errorMessage"] = "Type an answer, or pick one of the buttons above.";
        }

        return text;
    }

    private static string? Preselected(CardInput input)
    {
        var value = input.Current is { Length: > 0 } current ? current : input.Typical;
        return input.Choices.Any(c => c.Value == value) ? value : null;
    }

    private static string ChoiceTitle(CardInput input, Choice choice) =>
        choice.Value == input.Current ? "✓ " + choice.Title
        : choice.Value == input.Typical && input.Current is null ? choice.Title + " (typical)"
        : choice.Title;

    private static string Capitalized(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];

    private static string FallbackText(QuestionCard card) =>
        (card.Progress is { } p ? $"Step {p.Current} of {p.Total}: " : string.Empty) + card.Title + " " + card.TypedHint;
}
