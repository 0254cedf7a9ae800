using Microsoft.Extensions.Options;

namespace ModelStrategy.Storage;

/// <summary>
/// When a stored recommendation expires: <see cref="StorageOptions.RecommendationRetention"/> after it was made, on
/// the injected clock. Every store asks this one class, so "expired" means the same everywhere: from that instant on,
/// the recommendation reads as unknown.
/// </summary>
internal sealed class RecommendationRetention(IOptions<StorageOptions> options, TimeProvider time)
{
    /// <summary>How long a recommendation is kept.</summary>
    public TimeSpan Period => options.Value.RecommendationRetention;

    /// <summary>The current time.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Recommendations made at or before this instant have expired.</summary>
    public DateTimeOffset Cutoff() => Now - Period;

    /// <summary>How long a recommendation made at <paramref name="createdAt"/> has left (zero or less: expired).</summary>
    public TimeSpan Remaining(DateTimeOffset createdAt) =>
        createdAt > DateTimeOffset.MaxValue - Period ? TimeSpan.MaxValue : createdAt + Period - Now;

    /// <summary>Whether a recommendation made at <paramref name="createdAt"/> has expired.</summary>
    public bool IsExpired(DateTimeOffset createdAt) => Remaining(createdAt) <= TimeSpan.Zero;
}
