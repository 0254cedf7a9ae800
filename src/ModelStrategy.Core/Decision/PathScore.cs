using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Decision;

/// <summary>One path's estimate and score.</summary>
internal sealed record PathScore(PathId Path, PathEstimate Estimate, ScoreSheet Sheet)
{
    public int Score => Sheet.Score;

    public bool Feasible => !Sheet.Blocked;
}
