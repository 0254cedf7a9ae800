using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations.Flow;

namespace ModelStrategy.Core.Conversations;

/// <summary>Stale input: a click on an old card, a step already answered, a typed answer overtaken by another.</summary>
internal sealed partial class ConversationTurn
{
    private static readonly HashSet<string> StepBound =
        [CardActionNames.Answer, CardActionNames.Back, CardActionNames.Skip, CardActionNames.Refine, CardActionNames.Adjust];

    private TurnOutcome? StaleNote(string name, CardContext context)
    {
        if (!StepBound.Contains(name) && name != CardActionNames.Cancel)
        {
            return null;
        }

        if (Dialog is null || Dialog.DialogId != context.DialogId)
        {
            return context.DialogId == expiredDialogId
                ? Note($"That dialog expired after {Days(options.IdleExpiry)} without activity. Say start to begin again; your past results are under history.")
                : Note("That card is from an earlier dialog, which has ended. Say start to begin a new one, or history for past results.");
        }

        if (name == CardActionNames.Cancel || context.CardVersion == Dialog.Turn)
        {
            return null;
        }

        var by = Dialog.Answers.LastOrDefault(a => a.StepId == context.StepId)?.ActorName;
        return Note(by is null
            ? $"That card is out of date: the dialog has moved on. {WhereWeAre()}"
            : $"{by} already answered that step. {WhereWeAre()}");
    }

    private TurnOutcome? PinnedOrStale()
    {
        if (input is not TextMessageInput || pin.DialogId is null)
        {
            return null;
        }

        if (Dialog is null || Dialog.DialogId != pin.DialogId)
        {
            return Note("That dialog ended just before your message arrived. Say start to begin again.");
        }

        if (Dialog.Turn == pin.Turn)
        {
            return null;
        }

        var by = Dialog.Answers.Count > 0 ? Dialog.Answers[^1].ActorName : "Someone";
        return Note($"{by} answered that step just before you. {WhereWeAre()}");
    }

    private string WhereWeAre() => Dialog switch
    {
        { Mode: State.DialogMode.Asking } d => $"We're on {StepPlanner.Progress(d, options.MaxSteps).Text}: {QuestionCatalog.Find(d.StepId)?.Title}",
        { Mode: State.DialogMode.Result } => "The recommendation is ready above.",
        _ => "Use the latest card.",
    };

    private static string Days(TimeSpan span) => span.TotalDays >= 1
        ? $"{span.TotalDays:0.#} days"
        : $"{span.TotalHours:0.#} hours";
}
