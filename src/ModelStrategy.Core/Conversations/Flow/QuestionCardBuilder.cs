using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Conversations.State;

namespace ModelStrategy.Core.Conversations.Flow;

/// <summary>Builds the neutral question cards of a dialog.</summary>
internal static class QuestionCardBuilder
{
    private static readonly Dictionary<string, DefaultedField> Typical =
        ConstraintDefaults.Resolve(new ProjectConstraints()).Defaults.ToDictionary(d => d.Field);

    public static QuestionCard Question(QuestionStep step, DialogState dialog, StepProgress? progress, string? notice)
    {
        var known = dialog.Known;
        var first = dialog.AskedSteps.Count == 0 && dialog.Mode == DialogMode.Asking;
        return new QuestionCard
        {
            Context = new CardContext(dialog.DialogId, dialog.StepId, dialog.Turn),
            Title = step.Title,
            WhyWeAsk = step.WhyWeAsk,
            Inputs = [.. step.Inputs.Select(i => new CardInput(i.Field, i.Label, i.Choices, TypicalOf(i.Field), FieldValues.Get(known, i.Field)))],
            TypedHint = $"Or type it, e.g. \"{step.Example}\"",
            Progress = progress,
            ChoiceAction = CardActionNames.Answer,
            Actions = Controls(first, dialog.Mode == DialogMode.Adjusting),
            Notice = notice,
            LastAnswer = LastAnswer(dialog),
        };
    }

    /// <summary>"Which answer do you want to change?" with one choice per askable field.</summary>
    public static QuestionCard FieldPicker(DialogState dialog, string? notice) => new()
    {
        Context = new CardContext(dialog.DialogId, dialog.StepId, dialog.Turn),
        Title = "Which answer do you want to change?",
        WhyWeAsk = "Change one answer and I'll recompute the recommendation.",
        Inputs =
        [
            new CardInput(CardActionNames.FieldKey, "answer to change",
                [.. QuestionCatalog.Steps.SelectMany(s => s.Inputs).Select(i => new Choice(i.Field, i.Label))], string.Empty, null),
        ],
        TypedHint = "Or type the change, e.g. \"budget 80k\" or \"deadline 6 weeks\"",
        ChoiceAction = CardActionNames.Adjust,
        Actions = [CardAction.Of(CardActionNames.Back, "Back"), CardAction.Of(CardActionNames.Cancel, "Cancel")],
        Notice = notice,
    };

    public static string TypicalOf(string field) => Typical.TryGetValue(field, out var d) ? d.Value : string.Empty;

    private static CardAction[] Controls(bool first, bool adjusting) =>
    [
        .. first ? Array.Empty<CardAction>() : [CardAction.Of(CardActionNames.Back, "Back")],
        CardAction.Of(CardActionNames.Skip, adjusting ? "Use typical" : "Skip (use typical)"),
        CardAction.Of(CardActionNames.Cancel, "Cancel"),
    ];

    private static string? LastAnswer(DialogState dialog)
    {
        if (dialog.Answers.Count == 0)
        {
            return null;
        }

        var last = dialog.Answers[^1];
        var group = dialog.Answers.Where(a => a.StepId == last.StepId && a.ActorId == last.ActorId).TakeLast(2).ToList();
        var said = string.Join(", ", group.Select(a => a.Value is null ? $"{a.Field} skipped" : $"{a.Field} {a.Value}"));
        return $"{last.ActorName} answered: {said}";
    }
}
