using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Recommendations;

/// <summary>How well one path fits: its score, the contributions that built it and any hard blockers.</summary>
/// <param name="Path">The path.</param>
/// <param name="Name">Its common name.</param>
/// <param name="Score">Fit score 0–100.</param>
/// <param name="Feasible">False when a blocker rules it out.</param>
/// <param name="Blockers">Why it is ruled out, if it is.</param>
/// <param name="Contributions">The named contributions to the score, largest first.</param>
/// <param name="CostP50Usd">Most likely 12-month cost.</param>
/// <param name="TimelineP50Weeks">Most likely weeks to launch.</param>
public sealed record PathAssessment(
    PathId Path,
    string Name,
    int Score,
    bool Feasible,
    IReadOnlyList<string> Blockers,
    IReadOnlyList<Contribution> Contributions,
    double CostP50Usd,
    double TimelineP50Weeks)
{
    /// <summary>Optimistic (P10) 12-month cost; null in recommendations stored before ranges were kept per path.</summary>
    public double? CostP10Usd { get; init; }

    /// <summary>Pessimistic (P90) 12-month cost; null in recommendations stored before ranges were kept per path.</summary>
    public double? CostP90Usd { get; init; }

    /// <summary>Optimistic (P10) weeks to launch; null in recommendations stored before ranges were kept per path.</summary>
    public double? TimelineP10Weeks { get; init; }

    /// <summary>Pessimistic (P90) weeks to launch; null in recommendations stored before ranges were kept per path.</summary>
    public double? TimelineP90Weeks { get; init; }
}
