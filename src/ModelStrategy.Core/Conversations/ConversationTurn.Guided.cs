using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations.Flow;
using ModelStrategy.Core.Conversations.State;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Triage;

namespace ModelStrategy.Core.Conversations;

/// <summary>The guided flow: start, answer, skip, back, and the result at the end.</summary>
internal sealed partial class ConversationTurn
{
    private TurnOutcome Start(bool fresh)
    {
        if (!fresh && Dialog is { Mode: DialogMode.Asking } open)
        {
            return Ask(open, "We're already in a dialog; here is where we are. Say restart to begin again.", inPlace: false);
        }

        return Ask(NewDialog(DialogOrigin.Guided, new()), "Let's find the right way to build it: a few questions, one at a time.", inPlace: true);
    }

    /// <summary>An opening message with no dialog open: a guided dialog prefilled with whatever the message states.</summary>
    private TurnOutcome Open(string text)
    {
        var triage = TriageParser.Parse(text, Today);
        var understood = string.Join(", ", triage.Understood.Select(u => FieldDisplay.Pair(u.Field, u.Value)));
        var notice = understood.Length == 0
            ? "Let's find the right way to build it: a few questions, one at a time."
            : $"From your message I understood: {understood}. A few more questions.";
        return Ask(NewDialog(DialogOrigin.Guided, triage.Constraints), notice, inPlace: false);
    }

    private TurnOutcome Answer(IReadOnlyDictionary<string, string> values)
    {
        if (CurrentStep() is not { } step || Dialog is null)
        {
            return Note("There's no question waiting for an answer. Say start to begin.");
        }

        // A card's text box submits with the answer action: typed words win over the form's preset choices.
        if (values.TryGetValue(CardActionNames.TextKey, out var typed) && !string.IsNullOrWhiteSpace(typed))
        {
            return AnswerTyped(typed);
        }

        var answers = AnswerReader.FromValues(step, values, Dialog.Known);
        return answers is null
            ? Ask(Dialog, "Please pick one of the choices, or type your answer.", inPlace: true)
            : Apply(Dialog, step, answers);
    }

    private TurnOutcome AnswerTyped(string text)
    {
        if (CurrentStep() is not { } step || Dialog is not { } dialog)
        {
            return Note("There's no question waiting for an answer. Say start to begin.");
        }

        var answers = AnswerReader.FromText(step, text, Today);
        if (answers.Count == 0)
        {
            var what = string.Join(" or ", step.Inputs.Select(i => i.Label));
            return Ask(dialog, $"I couldn't read \"{Shorten(text)}\" as {what}. Try e.g. \"{step.Example}\", or pick a button.", inPlace: false);
        }

        return Apply(dialog, step, answers);
    }

    private TurnOutcome Apply(DialogState dialog, QuestionStep step, IReadOnlyList<FieldAnswer> answers)
    {
        var stepId = dialog.Mode == DialogMode.Adjusting ? "adjust" : step.Id;
        var records = answers.Select(a => new AnswerRecord(stepId, a.Field, a.Value, input.Actor.Id, input.Actor.Name, now));
        var next = Advance(dialog with { Answers = [.. dialog.Answers, .. records] });
        return dialog.Mode == DialogMode.Adjusting
            ? Finish(next, "Changed " + string.Join(", ", answers.Select(a => $"{FieldDisplay.Label(a.Field)} to {FieldDisplay.Value(a.Field, a.Value)}")) + $" ({input.Actor.Name}).")
            : Ask(next, null, inPlace: true);
    }

    private TurnOutcome Skip()
    {
        if (CurrentStep() is not { } step || Dialog is null)
        {
            return Note("There's no question to skip right now.");
        }

        var stepId = Dialog.Mode == DialogMode.Adjusting ? "adjust" : step.Id;
        var records = step.Fields.Select(f => new AnswerRecord(stepId, f, null, input.Actor.Id, input.Actor.Name, now));
        var next = Advance(Dialog with { Answers = [.. Dialog.Answers, .. records] });
        return Dialog.Mode == DialogMode.Adjusting
            ? Finish(next, $"Reset {string.Join(", ", step.Fields.Select(FieldDisplay.Label))} to the typical value ({input.Actor.Name}).")
            : Ask(next, null, inPlace: true);
    }

    private TurnOutcome Back()
    {
        switch (Dialog)
        {
            case null:
                return Note("There's nothing to go back to. Say start to begin.");
            case { Mode: DialogMode.Adjusting }:
                return ShowResult(Advance(Dialog with { Mode = DialogMode.Result, StepId = "result" }));
            case { AskedSteps.Count: 0 }:
                return Dialog.Mode == DialogMode.Asking
                    ? Ask(Dialog, "This is the first question.", inPlace: true)
                    : Note("There's no earlier question: this result came from quick triage. Say refine to answer the questions.");
            default:
                var last = Dialog.AskedSteps[^1];
                return Ask(Advance(Dialog with { Answers = [.. Dialog.Answers.Where(a => a.StepId != last)] }), null, inPlace: true);
        }
    }

    private TurnOutcome Refine()
    {
        if (Dialog is not { Mode: DialogMode.Result })
        {
            return Note("Refine works on a result. Say quick … for a quick answer, or start for the guided questions.");
        }

        var asking = Dialog with { Mode = DialogMode.Asking };
        return StepPlanner.Next(asking, options.MaxSteps) is null
            ? Note("Nothing left to ask: every question that could change the answer is answered. You can still adjust one answer.")
            : Ask(Advance(asking), "Let's refine it: I'll only ask what you haven't told me yet.", inPlace: true);
    }

    /// <summary>Shows the next question, or the result when no question is left.</summary>
    private TurnOutcome Ask(DialogState dialog, string? notice, bool inPlace)
    {
        var asking = dialog with { Mode = DialogMode.Asking };
        if (StepPlanner.Next(asking, options.MaxSteps) is not { } step)
        {
            return Finish(dialog, notice);
        }

        var shown = asking with { StepId = step.Id };
        var card = QuestionCardBuilder.Question(step, shown, StepPlanner.Progress(shown, options.MaxSteps), notice);
        return Outcome(state with { Dialog = shown }, card, inPlace);
    }

    private QuestionStep? CurrentStep() => Dialog switch
    {
        { Mode: DialogMode.Asking } d => QuestionCatalog.Find(d.StepId),
        { Mode: DialogMode.Adjusting } d when d.StepId.StartsWith("adjust:", StringComparison.Ordinal) => SingleFieldStep(d.StepId["adjust:".Length..]),
        _ => null,
    };

    private DialogState NewDialog(DialogOrigin origin, Constraints.ProjectConstraints prefill) => new()
    {
        DialogId = RecommendationIds.New(),
        Mode = DialogMode.Asking,
        Turn = 1,
        StepId = string.Empty,
        Origin = origin,
        Prefill = prefill,
        LastActivityAt = now,
    };

    private static string Shorten(string text) => text.Length <= 60 ? text.Trim() : text[..57].Trim() + "…";
}
