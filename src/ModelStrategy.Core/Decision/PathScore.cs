using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Decision;

/// <summary>One path's estimate and score.</summary>
internal sealed record PathScore(PathId Path, PathEstimate Estimate, ScoreSheet Sheet)
{
    /// <summary>The score shown: 0–100.</summary>
    public int Score => Sheet.Score;

    /// <summary>The raw points the engine compares (not clamped, so strong paths do not tie at the cap).</summary>
    public int Points => Sheet.Points;

    public bool Feasible => !Sheet.Blocked;
}
