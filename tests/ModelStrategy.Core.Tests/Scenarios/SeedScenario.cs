using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Tests.Scenarios;

/// <summary>A situation described in a seed article, the constraints it implies, and what the seed concludes.</summary>
/// <param name="Name">Where it comes from.</param>
/// <param name="Constraints">The constraints read from the article.</param>
/// <param name="Expected">The path the seed concludes.</param>
/// <param name="CostRangeUsd">The seed's stated cost range for the whole project, if it states one (null high = open-ended).</param>
/// <param name="TimelineRangeWeeks">The seed's stated timeline, if it states one.</param>
public sealed record SeedScenario(
    string Name,
    ProjectConstraints Constraints,
    PathId Expected,
    (double Low, double? High)? CostRangeUsd = null,
    (double Low, double High)? TimelineRangeWeeks = null)
{
    public override string ToString() => Name;
}
