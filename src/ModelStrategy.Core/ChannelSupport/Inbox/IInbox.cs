namespace ModelStrategy.Core.ChannelSupport.Inbox;

/// <summary>
/// Port: the durable inbox. A channel adds inbound work before it acknowledges the platform, so work survives a crash
/// between the acknowledgement and the reply. Every item is leased to an owner (one running instance, see
/// <see cref="IInboxOwner"/>) until a time: the owner works on it, keeps the lease short by renewing it while the item
/// is queued or running (<see cref="RenewAsync"/>), and completes or releases it. When a lease runs out (the owner
/// died), <see cref="LeaseAsync"/> hands the item to whichever instance asks next. Processing is therefore
/// at-least-once; the worker makes the reply idempotent with <see cref="SaveProgressAsync"/>. Channel-neutral: the
/// caller chooses keys, kinds and payload format.
/// </summary>
public interface IInbox
{
    /// <summary>The longest accepted key.</summary>
    public const int MaxKeyLength = 512;

    /// <summary>
    /// Adds an item, leased to <paramref name="owner"/> until <paramref name="leasedUntil"/>, if no item with its key is
    /// stored. Of concurrent adds of one key, on any instance, exactly one returns true.
    /// </summary>
    /// <param name="key">The item's key, at most <see cref="MaxKeyLength"/> characters.</param>
    /// <param name="kind">What the payload is.</param>
    /// <param name="payload">The serialized work.</param>
    /// <param name="owner">Who holds the first lease (<see cref="IInboxOwner.Id"/>).</param>
    /// <param name="leasedUntil">When the first lease ends unless renewed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when added; false when an item with that key is already stored.</returns>
    /// <exception cref="ArgumentException">The key, kind or owner is empty, or the key is too long.</exception>
    Task<bool> TryAddAsync(string key, string kind, string payload, string owner, DateTimeOffset leasedUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Leases to <paramref name="owner"/> up to <paramref name="max"/> items whose lease has ended (at or before
    /// <paramref name="now"/>), earliest lease end first, until <paramref name="leasedUntil"/>, counting an attempt on
    /// each. Concurrent callers never get the same item.
    /// </summary>
    /// <param name="owner">The new owner.</param>
    /// <param name="now">The current time (from the caller's <see cref="TimeProvider"/>).</param>
    /// <param name="leasedUntil">When the new leases end unless renewed.</param>
    /// <param name="max">The most items to lease (positive).</param>
    /// <param name="cancellationToken">Cancels the lease.</param>
    Task<IReadOnlyList<InboxItem>> LeaseAsync(string owner, DateTimeOffset now, DateTimeOffset leasedUntil, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the lease end of each of <paramref name="keys"/> that <paramref name="owner"/> still holds to
    /// <paramref name="leasedUntil"/>; items another instance took over, or that are gone, are left alone.
    /// </summary>
    /// <returns>How many leases were renewed.</returns>
    Task<int> RenewAsync(string owner, IReadOnlyCollection<string> keys, DateTimeOffset leasedUntil, CancellationToken cancellationToken);

    /// <summary>The owners of leases still running at <paramref name="now"/>.</summary>
    Task<IReadOnlyList<string>> OwnersAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Ends every lease <paramref name="owner"/> holds at <paramref name="now"/> (the owner is known to be gone).</summary>
    /// <returns>How many leases were ended.</returns>
    Task<int> ReleaseOwnerAsync(string owner, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records how far the work got (e.g. the rendered reply and how many messages were posted); ignored for an unknown key.</summary>
    Task SaveProgressAsync(string key, string progress, CancellationToken cancellationToken);

    /// <summary>
    /// Ends the item's lease at <paramref name="now"/>, so the next <see cref="LeaseAsync"/> (any instance) takes it;
    /// only while <paramref name="owner"/> holds it (a lease another instance took over is left alone).
    /// </summary>
    Task ReleaseAsync(string key, string owner, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Removes the item: its work is done (or given up).</summary>
    Task CompleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>How many items are stored, leased or not (the queue depth).</summary>
    Task<long> CountAsync(CancellationToken cancellationToken);
}
