namespace ModelStrategy.Core.Conversations;

/// <summary>
/// Port: where conversation state is kept between inputs, with optimistic concurrency. The state is opaque to the
/// store (Core serialises it); the store only keeps it, its version and when it was last written.
/// </summary>
public interface IConversationStore
{
    /// <summary>The stored conversation, or null when there is none.</summary>
    /// <param name="key">The conversation key (<see cref="ConversationKey.Value"/>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ConversationRecord?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Writes the state if the stored version is still <paramref name="expectedVersion"/> (0: none stored yet).</summary>
    /// <param name="key">The conversation key.</param>
    /// <param name="payload">The serialised state.</param>
    /// <param name="expectedVersion">The version read before; the write fails when it has moved.</param>
    /// <param name="updatedAt">When the state changed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The new version, or null when another writer got there first (re-read and try again).</returns>
    Task<long?> TrySaveAsync(string key, string payload, long expectedVersion, DateTimeOffset updatedAt, CancellationToken cancellationToken);
}

/// <summary>A stored conversation.</summary>
/// <param name="Payload">The serialised state.</param>
/// <param name="Version">Its version (the ETag), 1 on the first write.</param>
/// <param name="UpdatedAt">When it was last written.</param>
public sealed record ConversationRecord(string Payload, long Version, DateTimeOffset UpdatedAt);
