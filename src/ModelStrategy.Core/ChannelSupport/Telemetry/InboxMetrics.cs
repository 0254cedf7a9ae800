using System.Diagnostics.Metrics;

namespace ModelStrategy.Core.ChannelSupport.Telemetry;

/// <summary>
/// The inbox depth gauge (<see cref="MetricNames.InboxDepth"/>, tagged channel). Its callback runs on the exporter's
/// thread and must not touch the store, so it reports the depth a worker last observed (<see cref="Observe"/>);
/// nothing is reported before the first observation.
/// </summary>
public sealed class InboxMetrics
{
    private readonly ObservableGauge<long> _depth;
    private Measurement<long>[] _last = [];

    /// <summary>Creates the gauge on <paramref name="meter"/>.</summary>
    public InboxMetrics(BotMeter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        _depth = meter.Meter.CreateObservableGauge(MetricNames.InboxDepth, () => Volatile.Read(ref _last), "{item}",
            "Items stored in the durable inbox, as its worker last counted them.");
    }

    /// <summary>True when a listener collects the gauge, so counting the inbox is worth a store query.</summary>
    public bool IsObserved => _depth.Enabled;

    /// <summary>Records the depth the worker of <paramref name="channel"/>'s inbox just counted.</summary>
    public void Observe(string channel, long depth) =>
        Volatile.Write(ref _last, [new Measurement<long>(Math.Max(0, depth), new KeyValuePair<string, object?>(MetricNames.ChannelTag, channel))]);
}
