using System.Diagnostics;
using System.Diagnostics.Metrics;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.ChannelSupport.Telemetry;

/// <summary>The recommendations counter (<see cref="MetricNames.Recommendations"/>), tagged path and source.</summary>
public sealed class RecommendationMetrics
{
    private readonly Counter<long> _recommendations;

    /// <summary>Creates the counter on <paramref name="meter"/>.</summary>
    public RecommendationMetrics(BotMeter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        _recommendations = meter.Meter.CreateCounter<long>(MetricNames.Recommendations, "{recommendation}",
            "Recommendations computed and stored.");
    }

    /// <summary>Counts one recommendation of <paramref name="path"/> asked for through <paramref name="source"/> (api, teams, slack).</summary>
    public void Recommended(PathId path, string source)
    {
        if (!_recommendations.Enabled)
        {
            return;
        }

        var tags = new TagList { { MetricNames.PathTag, WireName.Of(path) }, { MetricNames.SourceTag, source } };
        _recommendations.Add(1, tags);
    }
}
