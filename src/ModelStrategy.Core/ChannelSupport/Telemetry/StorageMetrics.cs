using System.Diagnostics.Metrics;

namespace ModelStrategy.Core.ChannelSupport.Telemetry;

/// <summary>
/// How full the recommendations' bounded space is: <see cref="MetricNames.RecommendationSpaceUsed"/> (bytes) and
/// <see cref="MetricNames.RecommendationSpaceFill"/> (the fraction of the bound, alert when it nears 1), as the store
/// last measured them (Redis on every save, SQLite on every retention sweep); and a counter of the recommendations
/// removed before their time to stay within it (<see cref="MetricNames.RecommendationsEvicted"/>).
/// </summary>
public sealed class StorageMetrics
{
    private readonly Counter<long> _evicted;
    private long _used = -1;
    private long _capacity;

    /// <summary>Creates the instruments on <paramref name="meter"/>.</summary>
    public StorageMetrics(BotMeter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        meter.Meter.CreateObservableGauge(MetricNames.RecommendationSpaceUsed, () => Observed(used => used), "By",
            "Bytes the stored recommendations take in their bounded space, as the store last measured.");
        meter.Meter.CreateObservableGauge(MetricNames.RecommendationSpaceFill,
            () => Observed(used => Interlocked.Read(ref _capacity) > 0 ? (double)used / Interlocked.Read(ref _capacity) : 0d), "1",
            "The fraction of the recommendations' bound in use; at 1 the oldest are removed to make room.");
        _evicted = meter.Meter.CreateCounter<long>(MetricNames.RecommendationsEvicted, "{recommendation}",
            "Recommendations removed before their retention ended, to keep the store within its bound.");
    }

    /// <summary>Records a measurement of the space: <paramref name="used"/> bytes of <paramref name="capacity"/>.</summary>
    public void Observe(long used, long capacity)
    {
        Interlocked.Exchange(ref _capacity, capacity);
        Interlocked.Exchange(ref _used, Math.Max(0, used));
    }

    /// <summary>Counts recommendations removed to stay within the bound.</summary>
    public void Evicted(long count)
    {
        if (count > 0)
        {
            _evicted.Add(count);
        }
    }

    private IEnumerable<Measurement<T>> Observed<T>(Func<long, T> value)
        where T : struct
    {
        var used = Interlocked.Read(ref _used);
        return used < 0 ? [] : [new Measurement<T>(value(used))];
    }
}
