namespace ModelStrategy.Core.ChannelSupport.RateLimiting;

/// <summary>Whether a request may proceed and, when it may not, how long the sender should wait.</summary>
/// <param name="Allowed">True when the request fits its team's budget.</param>
/// <param name="RetryAfter">When refused: the wait until a permit is expected (at least one second).</param>
public readonly record struct RateLimitDecision(bool Allowed, TimeSpan RetryAfter)
{
    /// <summary>The request may proceed.</summary>
    public static RateLimitDecision Allow { get; } = new(true, TimeSpan.Zero);

    /// <summary>The wait as whole seconds, rounded up, for a Retry-After header.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
