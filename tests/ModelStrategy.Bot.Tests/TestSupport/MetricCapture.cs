using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Core.ChannelSupport.Telemetry;

namespace ModelStrategy.Bot.Tests.TestSupport;

/// <summary>One measurement of a "ModelStrategy" instrument: its name, value and tags.</summary>
public sealed record CapturedMeasurement(string Instrument, string? Unit, double Value, IReadOnlyDictionary<string, string?> Tags)
{
    /// <summary>True when every given tag has the given value.</summary>
    public bool Has(params (string Key, string Value)[] tags) =>
        tags.All(t => Tags.TryGetValue(t.Key, out var value) && value == t.Value);
}

/// <summary>
/// A MeterListener on the "ModelStrategy" meter of one host only (the meter its IMeterFactory created), so tests
/// running other hosts in parallel never leak into it.
/// </summary>
public sealed class MetricCapture : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<CapturedMeasurement> _measurements = [];

    public MetricCapture(IServiceProvider hostServices)
    {
        var scope = hostServices.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MetricNames.Meter && ReferenceEquals(instrument.Meter.Scope, scope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((i, v, t, _) => Add(i, v, t));
        _listener.SetMeasurementEventCallback<long>((i, v, t, _) => Add(i, v, t));
        _listener.Start();
    }

    public IReadOnlyList<CapturedMeasurement> Measurements
    {
        get
        {
            lock (_measurements)
            {
                return [.. _measurements];
            }
        }
    }

    /// <summary>The measurements of <paramref name="instrument"/>.</summary>
    public IReadOnlyList<CapturedMeasurement> Of(string instrument) => [.. Measurements.Where(m => m.Instrument == instrument)];

    /// <summary>Collects the observable instruments (the inbox depth gauge) now.</summary>
    public void CollectObservables() => _listener.RecordObservableInstruments();

    /// <summary>Waits (up to 20 s) until a measurement satisfies <paramref name="condition"/>.</summary>
    public async Task<CapturedMeasurement> WaitForAsync(string instrument, Func<CapturedMeasurement, bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            CollectObservables();
            if (Of(instrument).FirstOrDefault(condition) is { } found)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"No matching {instrument} in 20 s; recorded: "
            + string.Join("; ", Measurements.Select(m => $"{m.Instrument}={m.Value} [{string.Join(",", m.Tags.Select(t => t.Key + "=" + t.Value))}]")));
    }

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value?.ToString();
        }

        lock (_measurements)
        {
            _measurements.Add(new CapturedMeasurement(instrument.Name, instrument.Unit, value, copy));
        }
    }
}
