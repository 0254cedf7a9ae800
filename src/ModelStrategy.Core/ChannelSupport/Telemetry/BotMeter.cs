using System.Diagnostics.Metrics;

namespace ModelStrategy.Core.ChannelSupport.Telemetry;

/// <summary>
/// The one <see cref="System.Diagnostics.Metrics.Meter"/> of the bot, named <see cref="MetricNames.Meter"/>, from the
/// host's <see cref="IMeterFactory"/> (so each host, test hosts included, has its own). Instruments cost next to
/// nothing until a listener (the OpenTelemetry SDK, a MeterListener, dotnet-counters) subscribes.
/// </summary>
public sealed class BotMeter : IDisposable
{
    private readonly bool _owned;

    /// <summary>Creates the meter through <paramref name="factory"/>, or on its own when there is none.</summary>
    public BotMeter(IMeterFactory? factory = null)
    {
        _owned = factory is null;
        Meter = factory?.Create(MetricNames.Meter) ?? new Meter(MetricNames.Meter);
    }

    /// <summary>The meter every instrument of the bot is created on.</summary>
    public Meter Meter { get; }

    /// <summary>Disposes the meter when this class created it (a factory disposes its own).</summary>
    public void Dispose()
    {
        if (_owned)
        {
            Meter.Dispose();
        }
    }
}
