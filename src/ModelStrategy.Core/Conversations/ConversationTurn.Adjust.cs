using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations.Flow;
using ModelStrategy.Core.Conversations.State;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Triage;

namespace ModelStrategy.Core.Conversations;

/// <summary>Adjust one answer of a result and recompute: by button (pick a field, answer it) or typed ("adjust budget 80k").</summary>
internal sealed partial class ConversationTurn
{
    private TurnOutcome Adjust(string argument, IReadOnlyDictionary<string, string> values)
    {
        if (Dialog is not { Mode: DialogMode.Result or DialogMode.Adjusting } dialog)
        {
            return Note("Adjust works after a result. Say start, or quick … with what you know.");
        }

        if (values.TryGetValue(CardActionNames.FieldKey, out var field) && SingleFieldStep(field) is { } step)
        {
            if (values.TryGetValue(CardActionNames.ValueKey, out var value))
            {
                return AdjustTo(dialog, step, field, value);
            }

            var adjusting = Advance(dialog with { Mode = DialogMode.Adjusting, StepId = "adjust:" + field });
            var card = QuestionCardBuilder.Question(step, adjusting, null, null);
            return Outcome(state with { Dialog = adjusting }, card, inPlace: true);
        }

        return argument.Length > 0 ? AdjustFromText(argument, onlyIfUnderstood: false) : Picker(dialog, null);
    }

    /// <summary>Typed changes to a result ("budget 80k", "deadline 6 weeks"): apply them all and recompute.</summary>
    private TurnOutcome AdjustFromText(string text, bool onlyIfUnderstood)
    {
        var dialog = Dialog!; // Callers check that a result or an adjustment is open.
        var parsed = TriageParser.Parse(text, Today).Constraints;
        var answers = FieldValues.SetFields(parsed).Select(f => new FieldAnswer(f, FieldValues.Get(parsed, f)!)).ToList(); // Set fields have values.
        if (answers.Count == 0 && FieldAlias.Find(text) is { } alias && SingleFieldStep(alias.Field) is { } single)
        {
            answers = [.. AnswerReader.FromText(single, alias.Remainder, Today)];
        }

        if (answers.Count == 0)
        {
            return onlyIfUnderstood
                ? Note("I'm not sure what to do with that. Adjust an answer (e.g. \"budget 80k\"), compare, share, or say restart.")
                : Picker(dialog, $"I couldn't read \"{Shorten(text)}\" as a change. Pick the answer to change, or type e.g. \"budget 80k\".");
        }

        var adjusting = dialog with { Mode = DialogMode.Adjusting };
        return Apply(adjusting, SingleFieldStep(answers[0].Field) ?? QuestionCatalog.Steps[0], answers);
    }

    /// <summary>A one-click answer from a result ("about 2k labelled examples"): apply it and recompute in place.</summary>
    private TurnOutcome AdjustTo(DialogState dialog, QuestionStep step, string field, string value)
    {
        var answers = AnswerReader.FromValues(step, new Dictionary<string, string> { [field] = value }, dialog.Known);
        return answers is null
            ? Picker(dialog, $"I couldn't use \"{Shorten(value)}\" for {FieldDisplay.Label(field)}. Pick the answer to change.")
            : Apply(dialog with { Mode = DialogMode.Adjusting }, step, answers);
    }

    private TurnOutcome Picker(DialogState dialog, string? notice)
    {
        var picking = Advance(dialog with { Mode = DialogMode.Adjusting, StepId = "adjust" });
        return Outcome(state with { Dialog = picking }, QuestionCardBuilder.FieldPicker(picking, notice), inPlace: true);
    }

    /// <summary>The catalog step narrowed to one field, for changing that answer alone.</summary>
    private static QuestionStep? SingleFieldStep(string field) =>
        QuestionCatalog.ForField(field) is { } step ? step with { Inputs = [.. step.Inputs.Where(i => i.Field == field)] } : null;
}
