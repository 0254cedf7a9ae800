using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.Conversations.State;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Reviews;

/// <summary>
/// The review commands of a conversation: offer the periods, set a reminder, list them, cancel one. They change no
/// dialog: the engine only records the delivery, and a repeated request finds its reminder already set (its id is
/// derived from the conversation and the delivery).
/// </summary>
internal sealed class ReviewDesk(IReviewReminderStore reminders, IRecommendationStore recommendations, RecommendationService service, ReviewOptions options)
{
    public async Task<ConversationReply> HandleAsync(ReviewCommand command, ConversationState state, ConversationInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var card = command.Kind switch
        {
            ReviewCommandKind.Offer => Offer(RecommendationId(command, state)),
            ReviewCommandKind.Schedule => await ScheduleAsync(command, state, input, now, cancellationToken).ConfigureAwait(false),
            ReviewCommandKind.List => await ListAsync(input.Key, cancellationToken).ConfigureAwait(false),
            _ => await CancelAsync(input.Key, command.ReminderId, cancellationToken).ConfigureAwait(false),
        };
        return new ConversationReply([card], ReplyDelivery.NewMessage, state.Dialog?.DialogId);
    }

    private static string? RecommendationId(ReviewCommand command, ConversationState state) => HistoryRecommendations.Named(command.RecommendationId, state);

    private static TextCard Offer(string? recommendationId)
    {
        if (recommendationId is null)
        {
            return TextCard.Of(NoResult, TextKind.Notice);
        }

        return new TextCard(
            "When should I bring this back for a review? On that day I'll ask the same question again with that day's prices and rules, "
            + "post here what changed, and ask what changed on your side.",
            TextKind.Info,
            [
                .. ReviewOptions.Periods.Select(m => new CardAction(CardActionNames.Review, m == 1 ? "In 1 month" : $"In {m} months",
                    new Dictionary<string, string> { [CardActionNames.RecommendationKey] = recommendationId, [CardActionNames.MonthsKey] = m.ToString(System.Globalization.CultureInfo.InvariantCulture) })),
                WentWith(recommendationId),
            ]);
    }

    private async Task<TextCard> ScheduleAsync(ReviewCommand command, ConversationState state, ConversationInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = RecommendationId(command, state);
        if (id is null)
        {
            return TextCard.Of(NoResult, TextKind.Notice);
        }

        if (state.History.FirstOrDefault(h => h.RecommendationId == id) is not { } entry)
        {
            return TextCard.Of("I can't find that recommendation here any more. Say history to see the recent ones.", TextKind.Notice);
        }

        if (input.Address is not { Length: > 0 } address)
        {
            return TextCard.Of("Reviews can only be set in a chat or a thread, where I can post them later.", TextKind.Notice);
        }

        var months = command.Months!.Value;
        var reminder = new ReviewReminder
        {
            Id = RecommendationIds.Derived(input.Key.Value + "\n" + input.DeliveryId),
            ConversationKey = input.Key.Value,
            Address = address,
            Months = months,
            SetAt = now,
            DueAt = options.DueAt(now, months),
            SetByName = input.Actor.Name,
            Baseline = ReviewBaseline.Of(await HistoryRecommendations.AsSeenAsync(entry, recommendations, service, cancellationToken).ConfigureAwait(false)),
            Constraints = entry.Constraints,
            Text = entry.Text,
        };
        return await reminders.TryAddAsync(reminder, options.MaxPerConversation, cancellationToken).ConfigureAwait(false) switch
        {
            ReviewAdd.Full => TextCard.Of($"This conversation already has {options.MaxPerConversation} reviews waiting. Say reminders to see them and cancel one first.", TextKind.Notice),
            _ => new TextCard(
                $"Review set for {ReviewReport.Day(reminder.DueAt)}, {ReviewReport.Period(months)} from now. On that day I'll ask the same question again with that day's prices and rules, and post here what changed.",
                TextKind.Info, [CardAction.Of(CardActionNames.Reminders, "Reviews set here"), WentWith(id)]),
        };
    }

    private async Task<TextCard> ListAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var waiting = await reminders.ListAsync(key.Value, cancellationToken).ConfigureAwait(false);
        if (waiting.Count == 0)
        {
            return TextCard.Of("No reviews are set here. After a result, click Review later, or say review in 3 months.", TextKind.Notice);
        }

        var lines = waiting.Select((r, i) =>
            $"{i + 1}. {ReviewReport.Day(r.DueAt)}: {r.Baseline.PathName}, {ReviewReport.Period(r.Months)} after {ReviewReport.Day(r.SetAt)}, set by {r.SetByName}");
        return new TextCard($"Reviews set here ({waiting.Count}):\n" + string.Join('\n', lines), TextKind.Info,
            [.. waiting.Select((r, i) => new CardAction(CardActionNames.CancelReview, $"Cancel review {i + 1}",
                new Dictionary<string, string> { [CardActionNames.ReminderKey] = r.Id }))]);
    }

    private async Task<TextCard> CancelAsync(ConversationKey key, string? reminderId, CancellationToken cancellationToken)
    {
        var cancelled = RecommendationIds.IsWellFormed(reminderId)
            ? await reminders.CancelAsync(key.Value, reminderId!, cancellationToken).ConfigureAwait(false)
            : null;
        return cancelled is null
            ? TextCard.Of("That review isn't set any more: it was cancelled, or it has been posted already.", TextKind.Notice)
            : TextCard.Of($"Cancelled the review due {ReviewReport.Day(cancelled.DueAt)} ({cancelled.Baseline.PathName}). Say reminders to see the others.");
    }

    /// <summary>Where a team says which path it took (docs/CALIBRATION.md): offered with the review, as the result card has no room left.</summary>
    private static CardAction WentWith(string recommendationId) =>
        new(CardActionNames.WentWith, "We went with…", new Dictionary<string, string> { [CardActionNames.RecommendationKey] = recommendationId });

    private const string NoResult = "There's no result here to review yet. Say start, or quick … with what you know.";
}
