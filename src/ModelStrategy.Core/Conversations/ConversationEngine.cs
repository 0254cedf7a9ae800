using Microsoft.Extensions.Options;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations.State;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.ChannelSupport.Telemetry;
using ModelStrategy.Core.Outcomes;
using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Core.Conversations;

/// <summary>
/// Reads the conversation, drops repeated deliveries, closes an idle dialog, applies the input once and saves with the
/// version it read. When another writer got there first it re-reads and applies the input again to the new state,
/// where a stale click or an overtaken typed answer becomes a short note instead of a second advance. Review commands
/// (set, list, cancel a review reminder) go to the <see cref="ReviewDesk"/> when a reminder store is registered, outcome
/// commands (the path taken, what it took) to the <see cref="OutcomeDesk"/> when an outcome store is.
/// </summary>
internal sealed class ConversationEngine(
    IConversationStore store,
    RecommendationService service,
    IRecommendationStore recommendations,
    IOptions<ConversationOptions> options,
    TimeProvider time,
    RecommendationMetrics? metrics = null,
    IReviewReminderStore? reminders = null,
    IOptions<ReviewOptions>? reviewOptions = null,
    IOutcomeStore? outcomes = null) : IConversationEngine
{
    private const int MaxAttempts = 10;

    private readonly ReviewDesk? _desk = reminders is null ? null : new ReviewDesk(reminders, recommendations, service, reviewOptions?.Value ?? new ReviewOptions());

    private readonly OutcomeDesk? _outcomes = outcomes is null ? null : new OutcomeDesk(outcomes, recommendations, service);

    public async Task<ConversationReply> HandleAsync(ConversationInput input, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        TurnPin? pin = null;
        var review = _desk is null ? null : ReviewCommand.From(input);
        var told = _outcomes is null ? null : OutcomeCommand.From(input);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var record = await store.GetAsync(input.Key.Value, cancellationToken).ConfigureAwait(false);
            var state = record is null ? ConversationState.Empty : ConversationStateJson.Deserialize(record.Payload);
            if (state.HasSeen(input.DeliveryId))
            {
                return Duplicate(state);
            }

            var now = time.GetUtcNow();
            var (live, expired) = Expire(state, now, settings.IdleExpiry);
            if (review is not null)
            {
                var answer = await _desk!.HandleAsync(review, live, input, now, cancellationToken).ConfigureAwait(false);
                var remembered = ConversationStateJson.Serialize(live.Remember(input.DeliveryId, settings.RememberedDeliveries));
                if (await store.TrySaveAsync(input.Key.Value, remembered, record?.Version ?? 0, now, cancellationToken).ConfigureAwait(false) is not null)
                {
                    return answer;
                }

                continue;
            }

            if (told is not null)
            {
                var (answer, after) = await _outcomes!.HandleAsync(told, live, input, now, cancellationToken).ConfigureAwait(false);
                var remembered = ConversationStateJson.Serialize(after.Remember(input.DeliveryId, settings.RememberedDeliveries));
                if (await store.TrySaveAsync(input.Key.Value, remembered, record?.Version ?? 0, now, cancellationToken).ConfigureAwait(false) is not null)
                {
                    return answer;
                }

                continue;
            }

            pin ??= new TurnPin(live.Dialog?.DialogId, live.Dialog?.Turn);
            var outcome = new ConversationTurn(service, settings, live, input, now, pin, expired).Run();
            var next = outcome.State.Remember(input.DeliveryId, settings.RememberedDeliveries);
            var saved = await store.TrySaveAsync(input.Key.Value, ConversationStateJson.Serialize(next), record?.Version ?? 0, now, cancellationToken)
                .ConfigureAwait(false);
            if (saved is not null)
            {
                foreach (var recommendation in outcome.ToStore)
                {
                    // It belongs to the conversation's tenant or workspace: only its members may read it in full.
                    await recommendations.SaveAsync(recommendation with { Audience = Audience.Of(input.Key), RequestedBy = input.Actor.Id }, cancellationToken)
                        .ConfigureAwait(false);
                    metrics?.Recommended(recommendation.Path, Source(input.Key));
                }

                return outcome.Reply;
            }
        }

        return new ConversationReply([TextCard.Of("Lots of answers at once here: please try that again.", TextKind.Notice)], ReplyDelivery.NewMessage, null);
    }

    private static (ConversationState State, string? ExpiredDialogId) Expire(ConversationState state, DateTimeOffset now, TimeSpan idle) =>
        state.Dialog is { } dialog && now - dialog.LastActivityAt > idle
            ? (state with { Dialog = null }, dialog.DialogId)
            : (state, null);

    /// <summary>The channel a conversation key starts with ("teams", "slack"), as a metric tag.</summary>
    private static string Source(ConversationKey key) =>
        key.Value.StartsWith("teams|", StringComparison.Ordinal) ? "teams"
        : key.Value.StartsWith("slack|", StringComparison.Ordinal) ? "slack"
        : "other";

    private static ConversationReply Duplicate(ConversationState state) =>
        new([TextCard.Of("Got that already; nothing more to do.", TextKind.Notice)], ReplyDelivery.NewMessage, state.Dialog?.DialogId, Duplicate: true);
}
