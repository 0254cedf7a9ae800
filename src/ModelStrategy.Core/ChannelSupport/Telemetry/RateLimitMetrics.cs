using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ModelStrategy.Core.ChannelSupport.Telemetry;

/// <summary>The rate-limited counter (<see cref="MetricNames.Throttled"/>), tagged channel.</summary>
public sealed class RateLimitMetrics
{
    private readonly Counter<long> _throttled;

    /// <summary>Creates the counter on <paramref name="meter"/>.</summary>
    public RateLimitMetrics(BotMeter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        _throttled = meter.Meter.CreateCounter<long>(MetricNames.Throttled, "{request}",
            "Verified chat requests refused by their team's rate limit.");
    }

    /// <summary>Counts one refused request on <paramref name="channel"/>.</summary>
    public void Refused(string channel)
    {
        if (_throttled.Enabled)
        {
            _throttled.Add(1, new TagList { { MetricNames.ChannelTag, channel } });
        }
    }
}
