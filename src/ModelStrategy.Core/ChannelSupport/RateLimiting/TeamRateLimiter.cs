using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ModelStrategy.Core.ChannelSupport.Telemetry;

namespace ModelStrategy.Core.ChannelSupport.RateLimiting;

/// <summary>
/// The per-team budget of verified chat requests: a token bucket per (channel, team), <see cref="RateLimitOptions.TeamBurst"/>
/// requests at once, refilled one at a time at <see cref="RateLimitOptions.TeamPermitsPerMinute"/>. Channels ask it
/// only after a request's signature or token has been verified, so forged requests never spend a team's budget.
/// </summary>
public sealed class TeamRateLimiter : IDisposable
{
    private const string UnknownTeam = "?";
    private readonly PartitionedRateLimiter<string>? _limiter;
    private readonly RateLimitMetrics? _metrics;

    /// <summary>Creates the buckets as <paramref name="options"/> say (none when limits are off).</summary>
    /// <param name="options">The budgets.</param>
    /// <param name="metrics">Counts refused requests, when given.</param>
    public TeamRateLimiter(IOptions<RateLimitOptions> options, RateLimitMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _metrics = metrics;
        var settings = options.Value;
        if (settings.Enabled)
        {
            _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(
                key, _ => Bucket(settings.TeamPermitsPerMinute, settings.TeamBurst)));
        }
    }

    /// <summary>A bucket holding <paramref name="burst"/> permits, refilled one at a time at the per-minute rate.</summary>
    public static TokenBucketRateLimiterOptions Bucket(int permitsPerMinute, int burst) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1) / permitsPerMinute,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>Takes one permit from the budget of <paramref name="teamId"/> on <paramref name="channel"/>.</summary>
    /// <param name="channel">"slack" or "teams"; each channel has its own budgets.</param>
    /// <param name="teamId">The Slack team id or Teams tenant id; null or empty shares one budget per channel.</param>
    public RateLimitDecision TryAcquire(string channel, string? teamId)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        if (_limiter is null)
        {
            return RateLimitDecision.Allow;
        }

        using var lease = _limiter.AttemptAcquire(channel + ":" + (string.IsNullOrEmpty(teamId) ? UnknownTeam : teamId));
        if (lease.IsAcquired)
        {
            return RateLimitDecision.Allow;
        }

        _metrics?.Refused(channel);
        return new RateLimitDecision(false, lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1));
    }

    /// <summary>Stops the buckets' refill timer.</summary>
    /// <summary>Releases the buckets.</summary>
    public void Dispose() => _limiter?.Dispose();
}
