using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Decision;

/// <summary>
/// Estimates and scores all seven paths and picks the best feasible one; ties go to the lighter rung
/// ("choose the lightest option that reliably meets product, risk, and economic targets", seed 003).
/// </summary>
internal static class DecisionEngine
{
    private static readonly PathId[] AllPaths = Enum.GetValues<PathId>();

    public static IReadOnlyList<PathScore> Evaluate(EstimationContext ctx, bool detailed)
    {
        var scores = new PathScore[AllPaths.Length];
        for (var i = 0; i < AllPaths.Length; i++)
        {
            var estimate = PathEstimator.Estimate(ctx, AllPaths[i], detailed);
            scores[i] = new PathScore(AllPaths[i], estimate, ScoringRules.Score(ctx, estimate, detailed));
        }

        return scores;
    }

    /// <summary>The chosen path among evaluated ones: best feasible score, lighter rung on ties; best overall if none is feasible.</summary>
    public static PathScore Choose(IReadOnlyList<PathScore> scores)
    {
        PathScore? best = null;
        foreach (var candidate in scores)
        {
            if (best is null || Better(candidate, best))
            {
                best = candidate;
            }
        }

        return best!;
    }

    /// <summary>The runner-up: the best of the rest by the same ordering.</summary>
    public static PathScore? RunnerUp(IReadOnlyList<PathScore> scores, PathScore chosen)
    {
        PathScore? best = null;
        foreach (var candidate in scores)
        {
            if (candidate.Path != chosen.Path && (best is null || Better(candidate, best)))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>Fast path: only the chosen path and whether it is feasible, no text.</summary>
    public static (PathId Path, bool Feasible) ChoosePath(EstimationContext ctx)
    {
        var chosen = Choose(Evaluate(ctx, detailed: false));
        return (chosen.Path, chosen.Feasible);
    }

    private static bool Better(PathScore a, PathScore b)
    {
        if (a.Feasible != b.Feasible)
        {
            return a.Feasible;
        }

        if (a.Score != b.Score)
        {
            return a.Score > b.Score;
        }

        return PathCatalog.Get(a.Path).Rung < PathCatalog.Get(b.Path).Rung;
    }
}
