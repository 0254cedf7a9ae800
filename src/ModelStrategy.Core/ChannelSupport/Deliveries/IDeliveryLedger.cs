namespace ModelStrategy.Core.ChannelSupport.Deliveries;

/// <summary>
/// Port: remembers which inbound deliveries (a Slack event id, an interaction, …) were already taken on, in the shared
/// store, so a platform's retry is dropped even when it reaches another instance of the bot. Channel-neutral: the
/// caller chooses the key (e.g. "slack:event:Ev0123").
/// </summary>
public interface IDeliveryLedger
{
    /// <summary>
    /// Records <paramref name="deliveryKey"/> if it is new, atomically: of any number of concurrent claims of the
    /// same key, on any instance, exactly one returns true. A key whose retention has passed counts as new again.
    /// </summary>
    /// <param name="deliveryKey">The delivery's key, at most <see cref="MaxKeyLength"/> characters.</param>
    /// <param name="now">The current time (from the caller's <see cref="TimeProvider"/>).</param>
    /// <param name="retention">How long the key is remembered; it must outlast the platform's retries.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when this call recorded the key (go ahead); false when it was already recorded (a repeat).</returns>
    /// <exception cref="ArgumentException">The key is empty or too long, or the retention is not positive.</exception>
    Task<bool> TryRecordAsync(string deliveryKey, DateTimeOffset now, TimeSpan retention, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets a key recorded by <see cref="TryRecordAsync"/> whose work could not be taken on after all (e.g. the
    /// work queue was full), so the platform's next retry is processed instead of dropped.
    /// </summary>
    /// <param name="deliveryKey">The key to forget.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task ForgetAsync(string deliveryKey, CancellationToken cancellationToken);

    /// <summary>The longest accepted key.</summary>
    public const int MaxKeyLength = 512;
}
