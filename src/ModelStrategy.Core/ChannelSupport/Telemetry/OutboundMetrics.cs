using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ModelStrategy.Core.ChannelSupport.Telemetry;

/// <summary>
/// Outbound failures, tagged channel, method and error: <see cref="MetricNames.OutboundAttemptFailures"/> counts every
/// failed HTTP attempt (a retried 429 counts each time), <see cref="MetricNames.OutboundFailures"/> each call that
/// failed for good once the retry policies gave up. Error values must be low-cardinality (status codes, Slack error
/// codes, exception class names).
/// </summary>
public sealed class OutboundMetrics
{
    private readonly Counter<long> _failures;
    private readonly Counter<long> _attemptFailures;

    /// <summary>Creates both counters on <paramref name="meter"/>.</summary>
    public OutboundMetrics(BotMeter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        _failures = meter.Meter.CreateCounter<long>(MetricNames.OutboundFailures, "{call}",
            "Outbound calls that failed after the retry policies gave up.");
        _attemptFailures = meter.Meter.CreateCounter<long>(MetricNames.OutboundAttemptFailures, "{attempt}",
            "Outbound HTTP attempts that failed, including attempts a policy retried.");
    }

    /// <summary>A call failed for good.</summary>
    public void CallFailed(string channel, string method, string error) => Add(_failures, channel, method, error);

    /// <summary>One HTTP attempt failed (it may still be retried).</summary>
    public void AttemptFailed(string channel, string method, string error) => Add(_attemptFailures, channel, method, error);

    private static void Add(Counter<long> counter, string channel, string method, string error)
    {
        if (!counter.Enabled)
        {
            return;
        }

        var tags = new TagList { { MetricNames.ChannelTag, channel }, { MetricNames.MethodTag, method }, { MetricNames.ErrorTag, error } };
        counter.Add(1, tags);
    }
}
