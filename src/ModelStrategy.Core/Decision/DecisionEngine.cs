using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Decision;

/// <summary>
/// Estimates and scores all seven paths and picks the best feasible one; ties go to the lighter rung
/// ("choose the lightest option that reliably meets product, risk, and economic targets", seed 003).
/// </summary>
internal static class DecisionEngine
{
    public static readonly PathId[] AllPaths = Enum.GetValues<PathId>();

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

    /// <summary>The chosen path among evaluated ones: most points among feasible paths, lighter rung on ties; best overall if none is feasible.</summary>
    public static PathScore Choose(IReadOnlyList<PathScore> scores) => Best(scores, except: null)!;

    /// <summary>The runner-up: the best of the rest by the same ordering.</summary>
    public static PathScore? RunnerUp(IReadOnlyList<PathScore> scores, PathScore chosen) => Best(scores, chosen.Path);

    private static PathScore? Best(IReadOnlyList<PathScore> scores, PathId? except)
    {
        PathScore? best = null;
        foreach (var candidate in scores)
        {
            if (candidate.Path != except && (best is null || Better((candidate.Path, candidate.Points, candidate.Feasible), (best.Path, best.Points, best.Feasible))))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>
    /// The engine's ordering: feasible first, then more raw points (not the displayed 0–100 score, which would let
    /// two strong paths tie at the cap and hand the tie to the lighter rung), then the lighter rung.
    /// </summary>
    public static bool Better((PathId Path, int Points, bool Feasible) a, (PathId Path, int Points, bool Feasible) b)
    {
        if (a.Feasible != b.Feasible)
        {
            return a.Feasible;
        }

        if (a.Points != b.Points)
        {
            return a.Points > b.Points;
        }

        return PathCatalog.Get(a.Path).Rung < PathCatalog.Get(b.Path).Rung;
    }
}
