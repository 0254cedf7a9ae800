namespace ModelStrategy.Core.Reviews;

/// <summary>
/// Port: where review reminders wait until they are due. Durable (they outlive restarts), shared by every instance,
/// and leased when due: of any number of instances claiming at once, exactly one gets each reminder, and a reminder
/// whose instance died before completing it is handed out again once its lease ends.
/// </summary>
public interface IReviewReminderStore
{
    /// <summary>
    /// Adds <paramref name="reminder"/> unless one with its id is stored (a repeated request) or its conversation already
    /// has <paramref name="maxPerConversation"/> reminders.
    /// </summary>
    Task<ReviewAdd> TryAddAsync(ReviewReminder reminder, int maxPerConversation, CancellationToken cancellationToken);

    /// <summary>The conversation's reminders, soonest first.</summary>
    Task<IReadOnlyList<ReviewReminder>> ListAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>Removes the reminder <paramref name="reminderId"/> of <paramref name="conversationKey"/>; the removed reminder, or null when there was none.</summary>
    Task<ReviewReminder?> CancelAsync(string conversationKey, string reminderId, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="max"/> reminders that are due and not leased (at or before <paramref name="now"/>),
    /// soonest first, until <paramref name="leasedUntil"/>, counting an attempt on each (<see cref="ReviewReminder.Attempts"/>).
    /// </summary>
    Task<IReadOnlyList<ReviewReminder>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leasedUntil, int max, CancellationToken cancellationToken);

    /// <summary>Removes a reminder that was posted (or given up).</summary>
    Task CompleteAsync(string reminderId, CancellationToken cancellationToken);
}

/// <summary>What <see cref="IReviewReminderStore.TryAddAsync"/> did.</summary>
public enum ReviewAdd
{
    /// <summary>Stored.</summary>
    Added,

    /// <summary>A reminder with that id was already stored (the same request again): nothing changed.</summary>
    Exists,

    /// <summary>The conversation has as many reminders as allowed: nothing stored.</summary>
    Full,
}
