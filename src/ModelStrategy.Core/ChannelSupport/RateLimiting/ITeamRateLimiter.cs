namespace ModelStrategy.Core.ChannelSupport.RateLimiting;

/// <summary>
/// The per-team budget of verified chat requests. Channels ask it only after a request's signature or token has been
/// verified, so forged requests never spend a team's budget.
/// </summary>
public interface ITeamRateLimiter
{
    /// <summary>Takes one permit from the budget of <paramref name="teamId"/> on <paramref name="channel"/>.</summary>
    /// <param name="channel">"slack" or "teams"; each channel has its own budgets.</param>
    /// <param name="teamId">The Slack team id or Teams tenant id; null or empty shares one budget per channel.</param>
    RateLimitDecision TryAcquire(string channel, string? teamId);
}
