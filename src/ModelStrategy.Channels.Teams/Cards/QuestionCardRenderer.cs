using System.Text.Json;
using ModelStrategy.Core.Cards;
using static ModelStrategy.Channels.Teams.Cards.AdaptiveCardRenderer;
using N = ModelStrategy.Channels.Teams.Cards.AdaptiveNames;

namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>
/// A guided question: notice, who answered last, "Step 3 of 8", the question and why we ask; then either one button
/// per choice (one input with few choices) or a form of dropdowns with one submit; a typed-answer box; Back/Skip/Cancel.
/// </summary>
internal static class QuestionCardRenderer
{
    /// <summary>More choices than this become a dropdown instead of buttons (Teams shows at most 6 buttons in a row).</summary>
    public const int MaxChoiceButtons = 5;

    public static void Write(Utf8JsonWriter w, QuestionCard card)
    {
        StartCard(w, card.Progress is { } p
            ? $"Step {p.Current} of {p.Total}: {card.Title} {card.TypedHint}"
            : $"{card.Title} {card.TypedHint}");
        if (card.Notice is { Length: > 0 } notice)
        {
            w.Notice(notice);
        }

        if (card.LastAnswer is { Length: > 0 } last)
        {
            w.Text(last, size: "Small", subtle: true);
        }

        if (card.Progress is { } progress)
        {
            w.Text($"Step {progress.Current} of {progress.Total}", size: "Small", color: "Accent", weight: "Bolder");
        }

        w.Heading(card.Title, size: "Large", spacing: "Small");
        w.Text(card.WhyWeAsk, subtle: true, spacing: "Small");
        if (OneClick(card))
        {
            Buttons(w, card);
        }
        else
        {
            Form(w, card);
        }

        EndBody(w);
        if (card.Actions.Count > 0)
        {
            StartActions(w);
            foreach (var action in card.Actions)
            {
                w.Execute(action, card.Context);
            }

            EndActions(w);
        }

        EndCard(w);
    }

    /// <summary>True when each choice is its own button: one input with a handful of choices.</summary>
    public static bool OneClick(QuestionCard card) => card.Inputs.Count == 1 && card.Inputs[0].Choices.Count <= MaxChoiceButtons;

    private static void Buttons(Utf8JsonWriter w, QuestionCard card)
    {
        var input = card.Inputs[0];
        // One button per row: choice titles are long ("Behaviour: format, tone, consistency") and a row would cut them off.
        for (var i = 0; i < input.Choices.Count; i++)
        {
            var choice = input.Choices[i];
            w.StartActionSet(spacing: i == 0 ? "Medium" : "Small");
            w.Execute(new AdaptiveActions.Button(card.ChoiceAction, ChoiceTitle(input, choice), false, null, input.Field, choice.Value), card.Context);
            w.EndItems();
        }

        TypedAnswer(w, card, required: true);
        w.StartActionSet();
        w.Execute(new AdaptiveActions.Button(card.ChoiceAction, "Send", false, null), card.Context, withInputs: true);
        w.EndItems();
    }

    private static void Form(Utf8JsonWriter w, QuestionCard card)
    {
        foreach (var input in card.Inputs)
        {
            ChoiceSet(w, input);
        }

        TypedAnswer(w, card, required: false);
        w.StartActionSet();
        w.Execute(new AdaptiveActions.Button(card.ChoiceAction, "Next", true, null), card.Context, withInputs: true);
        w.EndItems();
    }

    /// <summary>A dropdown whose id is the constraint field; it starts on the current answer, else the typical one.</summary>
    private static void ChoiceSet(Utf8JsonWriter w, CardInput input)
    {
        w.WriteStartObject();
        w.WriteString(N.Type, "Input.ChoiceSet");
        w.WriteString(N.Id, input.Field);
        w.WriteString(N.Label, Capitalized(input.Label));
        w.WriteString(N.Style, "compact");
        w.WriteStartArray(N.Choices);
        foreach (var choice in input.Choices)
        {
            w.WriteStartObject();
            w.WriteString(N.Title, ChoiceTitle(input, choice));
            w.WriteString(N.Value, choice.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString(N.Placeholder, "Pick one");
        if (Preselected(input) is { } value)
        {
            w.WriteString(N.Value, value);
            w.WriteBoolean(N.IsRequired, true);
            w.WriteString(N.ErrorMessage, "Pick one of the choices.");
        }

        w.WriteEndObject();
    }

    /// <summary>The typed answer, submitted under <see cref="CardActionNames.TextKey"/>.</summary>
    private static void TypedAnswer(Utf8JsonWriter w, QuestionCard card, bool required)
    {
        w.WriteStartObject();
        w.WriteString(N.Type, "Input.Text");
        w.WriteString(N.Id, CardActionNames.TextKey);
        w.WriteString(N.Label, card.TypedHint);
        w.WriteString(N.Placeholder, "Type your answer");
        w.WriteNumber(N.MaxLength, 200);
        w.WriteString(N.Spacing, "Medium");
        if (required)
        {
            w.WriteBoolean(N.IsRequired, true);
            w.WriteString(N.ErrorMessage, "Type an answer, or pick one of the buttons above.");
        }

        w.WriteEndObject();
    }

    private static string? Preselected(CardInput input)
    {
        var value = input.Current is { Length: > 0 } current ? current : input.Typical;
        foreach (var choice in input.Choices)
        {
            if (choice.Value == value)
            {
                return value;
            }
        }

        return null;
    }

    private static string ChoiceTitle(CardInput input, Choice choice) =>
        choice.Value == input.Current ? "✓ " + choice.Title
        : choice.Value == input.Typical && input.Current is null ? choice.Title + " (typical)"
        : choice.Title;

    private static string Capitalized(string label) => label.Length == 0 || char.IsUpper(label[0]) ? label : char.ToUpperInvariant(label[0]) + label[1..];
}
