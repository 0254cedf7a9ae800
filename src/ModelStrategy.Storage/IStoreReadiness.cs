namespace ModelStrategy.Storage;

/// <summary>Lets the host's readiness probe ask whether the configured store can be reached.</summary>
public interface IStoreReadiness
{
    /// <summary>True when the store answers a trivial query; never throws for an unreachable store.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}
