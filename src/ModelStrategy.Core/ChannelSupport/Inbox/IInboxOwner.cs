namespace ModelStrategy.Core.ChannelSupport.Inbox;

/// <summary>
/// Who this running instance is to the inbox: the owner name its leases carry, and whether another owner is known to
/// have ended (a process on this machine that no longer runs), so its leases can be taken over at once instead of
/// when they run out.
/// </summary>
public interface IInboxOwner
{
    /// <summary>This instance's owner name: unique among the instances running now, never reused.</summary>
    string Id { get; }

    /// <summary>True only when <paramref name="owner"/> is certainly gone; false when alive or unknown.</summary>
    bool HasEnded(string owner);
}

/// <summary>An owner that knows nothing about other owners: a fresh random name, and every other owner is "unknown".</summary>
public sealed class UniqueInboxOwner : IInboxOwner
{
    /// <inheritdoc/>
    public string Id { get; } = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    /// <inheritdoc/>
    public bool HasEnded(string owner) => false;
}
