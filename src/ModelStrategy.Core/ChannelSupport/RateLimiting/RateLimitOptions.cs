using System.ComponentModel.DataAnnotations;

namespace ModelStrategy.Core.ChannelSupport.RateLimiting;

/// <summary>Per-team and per-client request budgets, bound from the "RateLimits" section.</summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "RateLimits";

    /// <summary>False turns every limit off. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Verified chat requests one team (Slack team, Teams tenant) may send per minute, sustained. Default 600.</summary>
    [Range(1, 100_000)]
    public int TeamPermitsPerMinute { get; set; } = 600;

    /// <summary>How many chat requests one team may send at once before the per-minute rate applies. Default 100.</summary>
    [Range(1, 100_000)]
    public int TeamBurst { get; set; } = 100;

    /// <summary>HTTP API requests one client address may send per minute, sustained. Default 300.</summary>
    [Range(1, 100_000)]
    public int ApiPermitsPerMinute { get; set; } = 300;

    /// <summary>How many HTTP API requests one client address may send at once. Default 100.</summary>
    [Range(1, 100_000)]
    public int ApiBurst { get; set; } = 100;
}
