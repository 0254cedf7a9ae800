using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations.State;
using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Core.Conversations;

/// <summary>A review that came due: the same question with today's prices and rules, as the conversation's new result.</summary>
internal sealed partial class ConversationTurn
{
    private static readonly HashSet<string> ReviewButtons = [CardActionNames.Adjust, CardActionNames.Compare, CardActionNames.ReviewLater, CardActionNames.Restart];

    private TurnOutcome ReviewDue(ReviewReminder reminder)
    {
        var recommendation = reminder.Text is { } text ? service.RecommendFromText(text, reminder.Constraints) : service.Recommend(reminder.Constraints);
        var entry = new HistoryEntry(recommendation.Id, recommendation.Path, recommendation.PathName, RecommendationCardBuilder.Summary(recommendation),
            recommendation.CreatedAt, input.Actor.Name, reminder.Constraints, reminder.Text);
        if (Dialog is { Mode: DialogMode.Asking or DialogMode.Adjusting } open)
        {
            // Someone is answering questions here: the review stands beside their dialog, its buttons naming the recommendation.
            var id = new Dictionary<string, string> { [CardActionNames.RecommendationKey] = recommendation.Id };
            var standalone = ReviewReport.Build(reminder, recommendation, null,
                [new CardAction(CardActionNames.Compare, "Compare paths", id), new CardAction(CardActionNames.ReviewLater, "Review later", id)]);
            return new(state.AddHistory(entry, options.HistorySize), new([standalone], ReplyDelivery.NewMessage, open.DialogId), [recommendation]);
        }

        var shown = Advance(NewDialog(reminder.Text is null ? DialogOrigin.Guided : DialogOrigin.Quick, reminder.Constraints)
            with { Mode = DialogMode.Result, StepId = "result", LastRecommendationId = recommendation.Id });
        var next = (state with { Dialog = shown }).AddHistory(entry, options.HistorySize);
        var card = ReviewReport.Build(reminder, recommendation, Context(shown), [.. ResultActions(shown).Where(a => ReviewButtons.Contains(a.Name))]);
        return Outcome(next, card, inPlace: false, recommendation);
    }
}
