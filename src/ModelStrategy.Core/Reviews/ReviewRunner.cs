using Microsoft.Extensions.Options;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Reviews;

/// <summary>What happened to one due reminder.</summary>
public enum ReviewOutcome
{
    /// <summary>Posted where it was asked for, and removed.</summary>
    Posted,

    /// <summary>Not posted this time; it is tried again once its lease ends.</summary>
    Retrying,

    /// <summary>Not posted after the allowed attempts, or its channel is not served here any more: removed.</summary>
    GivenUp,
}

/// <summary>One due reminder's run: which, in which channel, its attempt and what happened.</summary>
/// <param name="ReminderId">The reminder.</param>
/// <param name="Channel">"teams", "slack", …</param>
/// <param name="Attempt">1 on the first try.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Error">The kind of exception that stopped it, if one did (no message: it may quote user text).</param>
public sealed record ReviewRun(string ReminderId, string Channel, int Attempt, ReviewOutcome Outcome, string? Error = null);

/// <summary>
/// Posts the reviews that came due: claims them from the store (so of several instances exactly one takes each),
/// runs each through the conversation engine as the conversation's new result, posts the card through its channel
/// and removes the reminder. A reminder whose post failed is tried again after its lease, up to
/// <see cref="ReviewOptions.MaxAttempts"/> times. When an earlier attempt got as far as recording the new result but
/// not posting it (the instance died), the review is computed again and posted on its own.
/// </summary>
public sealed class ReviewRunner(
    IReviewReminderStore store,
    IConversationEngine engine,
    RecommendationService service,
    IRecommendationStore recommendations,
    IEnumerable<IReviewPoster> posters,
    IOptions<ReviewOptions> options,
    TimeProvider time)
{
    /// <summary>The most reminders one pass takes up.</summary>
    public const int BatchSize = 20;

    private readonly Dictionary<string, IReviewPoster> _posters = posters.ToDictionary(p => p.Channel, StringComparer.Ordinal);

    /// <summary>Posts every reminder due now (in batches); returns what happened to each.</summary>
    public async Task<IReadOnlyList<ReviewRun>> RunDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var runs = new List<ReviewRun>();
        while (true)
        {
            var now = time.GetUtcNow();
            var due = await store.ClaimDueAsync(now, now + settings.Lease, BatchSize, cancellationToken).ConfigureAwait(false);
            foreach (var reminder in due)
            {
                runs.Add(await RunAsync(reminder, settings, cancellationToken).ConfigureAwait(false));
            }

            if (due.Count < BatchSize)
            {
                return runs;
            }
        }
    }

    private async Task<ReviewRun> RunAsync(ReviewReminder reminder, ReviewOptions settings, CancellationToken cancellationToken)
    {
        var channel = reminder.ConversationKey.Split('|', 2)[0];
        if (!_posters.TryGetValue(channel, out var poster))
        {
            await store.CompleteAsync(reminder.Id, cancellationToken).ConfigureAwait(false);
            return new(reminder.Id, channel, reminder.Attempts, ReviewOutcome.GivenUp);
        }

        bool posted;
        string? error = null;
        try
        {
            posted = await poster.PostAsync(reminder.Address, await CardsAsync(reminder, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            (posted, error) = (false, ex.GetType().Name);
        }

        var outcome = posted ? ReviewOutcome.Posted : reminder.Attempts >= settings.MaxAttempts ? ReviewOutcome.GivenUp : ReviewOutcome.Retrying;
        if (outcome != ReviewOutcome.Retrying)
        {
            await store.CompleteAsync(reminder.Id, CancellationToken.None).ConfigureAwait(false);
        }

        return new(reminder.Id, channel, reminder.Attempts, outcome, error);
    }

    private async Task<IReadOnlyList<Card>> CardsAsync(ReviewReminder reminder, CancellationToken cancellationToken)
    {
        var input = new ReviewDueInput
        {
            Key = ConversationKey.FromValue(reminder.ConversationKey),
            Actor = new Actor("review:" + reminder.Id, "Review set by " + reminder.SetByName),
            DeliveryId = "review:" + reminder.Id,
            Address = reminder.Address,
            Reminder = reminder,
        };
        var reply = await engine.HandleAsync(input, cancellationToken).ConfigureAwait(false);
        if (!reply.Duplicate)
        {
            return reply.Cards;
        }

        var again = reminder.Text is { } text ? service.RecommendFromText(text, reminder.Constraints) : service.Recommend(reminder.Constraints);
        await recommendations.SaveAsync(again with { Audience = Audience.Of(input.Key) }, cancellationToken).ConfigureAwait(false);
        return [ReviewReport.Build(reminder, again, null, [])];
    }
}
