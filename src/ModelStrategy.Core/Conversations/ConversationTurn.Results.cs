using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations.Flow;
using ModelStrategy.Core.Conversations.State;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Triage;

namespace ModelStrategy.Core.Conversations;

/// <summary>Results: quick triage, the result card and what can be done with it (share, compare, assumptions, history).</summary>
internal sealed partial class ConversationTurn
{
    private TurnOutcome Quick(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(state, new([new ErrorCard("Tell me what you know after \"quick\".", "quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k")],
                ReplyDelivery.NewMessage, Dialog?.DialogId), []);
        }

        var recommendation = service.RecommendFromText(text);
        var dialog = NewDialog(DialogOrigin.Quick, TriageParser.Parse(text, Today).Constraints);
        return Finish(dialog, null, recommendation);
    }

    /// <summary>Computes the recommendation for what is known, records it in history and shows it.</summary>
    private TurnOutcome Finish(DialogState dialog, string? notice, Recommendation? computed = null)
    {
        var recommendation = computed ?? service.Recommend(dialog.Known);
        var shown = Advance(dialog with { Mode = DialogMode.Result, StepId = "result", LastRecommendationId = recommendation.Id });
        var entry = new HistoryEntry(recommendation.Id, recommendation.Path, recommendation.PathName, RecommendationCardBuilder.Summary(recommendation),
            recommendation.CreatedAt, input.Actor.Name, shown.Known, recommendation.Text);
        var next = (state with { Dialog = shown }).AddHistory(entry, options.HistorySize);
        var card = RecommendationCardBuilder.Build(recommendation, Context(shown), ResultActions(shown), notice);
        return Outcome(next, card, inPlace: true, recommendation);
    }

    /// <summary>Shows the dialog's last result again (after Back from an adjustment) without a new history entry.</summary>
    private TurnOutcome ShowResult(DialogState dialog)
    {
        if (Recompute(dialog.LastRecommendationId) is not { } recommendation)
        {
            return Finish(dialog, null);
        }

        var card = RecommendationCardBuilder.Build(recommendation, Context(dialog), ResultActions(dialog));
        return Outcome(state with { Dialog = dialog }, card, inPlace: true);
    }

    private TurnOutcome Cancel()
    {
        if (Dialog is null)
        {
            return Note("There's no dialog to cancel. Say start when you're ready.");
        }

        var card = new TextCard("Cancelled. Past results stay under history; say start when you're ready.", TextKind.Info,
            [CardAction.Of(CardActionNames.Start, "Start again"), CardAction.Of(CardActionNames.History, "History")]);
        return Outcome(state with { Dialog = null }, card, inPlace: true);
    }

    private TurnOutcome Help() => Outcome(state, new TextCard(HelpText.Text, TextKind.Help,
        [CardAction.Of(CardActionNames.Start, "Start", primary: true), CardAction.Of(CardActionNames.History, "History")]), inPlace: false);

    private TurnOutcome History()
    {
        if (state.History.Count == 0)
        {
            return Note("No recommendations here yet. Say start, or quick … with what you know.");
        }

        var lines = state.History.Select(h => new HistoryLine(h.RecommendationId, h.Path, h.PathName, h.Summary, h.CreatedAt, h.ByName,
            RecommendationCardBuilder.ReportPath(h.RecommendationId)) { Outcome = h.Outcome });
        return Outcome(state, new HistoryCard([.. lines]), inPlace: false);
    }

    private TurnOutcome View(string name, IReadOnlyDictionary<string, string> values)
    {
        var id = values.TryGetValue(CardActionNames.RecommendationKey, out var given) ? given : Dialog?.LastRecommendationId ?? (state.History.Count > 0 ? state.History[0].RecommendationId : null);
        if (Recompute(id) is not { } recommendation)
        {
            return Note("I can't find that recommendation here any more. Say history to see the recent ones.");
        }

        Card card = name switch
        {
            CardActionNames.Compare => RecommendationCardBuilder.Comparison(recommendation),
            CardActionNames.Assumptions => RecommendationCardBuilder.AssumptionsOnly(recommendation),
            _ => CompactRecommendationCard.From(RecommendationCardBuilder.Build(recommendation, null, [])),
        };
        return Outcome(state, card, inPlace: false);
    }

    /// <summary>A recommendation from history, recomputed from its constraints under its original id and time.</summary>
    private Recommendation? Recompute(string? id)
    {
        var entry = state.History.FirstOrDefault(h => h.RecommendationId == id);
        if (entry is null)
        {
            return null;
        }

        var recommendation = entry.Text is { } text ? service.RecommendFromText(text, entry.Constraints) : service.Recommend(entry.Constraints);
        return recommendation with { Id = entry.RecommendationId, CreatedAt = entry.CreatedAt };
    }

    private static CardContext Context(DialogState dialog) => new(dialog.DialogId, dialog.StepId, dialog.Turn);

    private CardAction[] ResultActions(DialogState dialog)
    {
        var refine = StepPlanner.Next(dialog with { Mode = DialogMode.Asking }, options.MaxSteps) is not null;
        var id = new Dictionary<string, string> { [CardActionNames.RecommendationKey] = dialog.LastRecommendationId ?? string.Empty };
        return
        [
            .. refine ? [CardAction.Of(CardActionNames.Refine, "Refine", primary: true)] : Array.Empty<CardAction>(),
            CardAction.Of(CardActionNames.Adjust, "Adjust an answer"),
            new CardAction(CardActionNames.Compare, "Compare paths", id),
            new CardAction(CardActionNames.Assumptions, "Assumptions", id),
            new CardAction(CardActionNames.Share, "Share", id),
            new CardAction(CardActionNames.ReviewLater, "Review later", id),
            CardAction.Of(CardActionNames.Restart, "Start over"),
        ];
    }
}
