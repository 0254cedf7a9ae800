using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ModelStrategy.Core.ChannelSupport.Telemetry;

/// <summary>The turn latency histogram (<see cref="MetricNames.TurnDuration"/>, seconds), tagged channel and kind.</summary>
public sealed class TurnMetrics
{
    private static readonly double[] Buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
    private readonly Histogram<double> _duration;

    /// <summary>Creates the histogram on <paramref name="meter"/>.</summary>
    public TurnMetrics(BotMeter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        _duration = meter.Meter.CreateHistogram(MetricNames.TurnDuration, "s",
            "Time from receiving a chat request to sending (or acknowledging) its reply.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Buckets });
    }

    /// <summary>Records one turn that took <paramref name="elapsed"/>.</summary>
    /// <param name="channel">"teams" or "slack".</param>
    /// <param name="kind">message, invoke, event, command or interaction.</param>
    /// <param name="elapsed">From receipt to reply.</param>
    public void Record(string channel, string kind, TimeSpan elapsed)
    {
        if (!_duration.Enabled)
        {
            return;
        }

        var tags = new TagList { { MetricNames.ChannelTag, channel }, { MetricNames.KindTag, kind } };
        _duration.Record(elapsed.TotalSeconds, tags);
    }
}
