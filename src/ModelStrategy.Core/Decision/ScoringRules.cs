using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Decision;

/// <summary>
/// The explainable score of a path: a ladder base (lighter first) plus named contributions from each constraint,
/// and hard blockers. Each rule cites the seed it carries over.
/// </summary>
internal static partial class ScoringRules
{
    public static ScoreSheet Score(EstimationContext ctx, PathEstimate estimate, bool detailed)
    {
        var sheet = new ScoreSheet(detailed);
        Score(ctx, estimate, sheet);
        return sheet;
    }

    public static void Score(EstimationContext ctx, PathEstimate estimate, ScoreSheet sheet) => Score(ctx, estimate, sheet, ScoreRule.All);

    /// <summary>Runs only the <paramref name="rules"/> given; points and blockers of separate runs add up to the full score.</summary>
    public static void Score(EstimationContext ctx, PathEstimate estimate, ScoreSheet sheet, ScoreRule rules)
    {
        var path = estimate.Path;
        if (rules.HasFlag(ScoreRule.Ladder))
        {
            sheet.Add("ladder", LadderBase(path), LadderReason(path));
        }

        if (rules.HasFlag(ScoreRule.Need))
        {
            Need(ctx, path, sheet);
        }

        if (rules.HasFlag(ScoreRule.Novelty))
        {
            Novelty(ctx, path, sheet);
        }

        if (rules.HasFlag(ScoreRule.Freshness))
        {
            Freshness(ctx, path, sheet);
        }

        if (rules.HasFlag(ScoreRule.Task))
        {
            Task(ctx, path, sheet);
        }

        if (rules.HasFlag(ScoreRule.LabeledData))
        {
            LabeledData(ctx, path, sheet);
        }

        if (rules.HasFlag(ScoreRule.Corpus))
        {
            Corpus(ctx, path, sheet);
        }

        if (rules.HasFlag(ScoreRule.Budget))
        {
            Budget(ctx, estimate, sheet);
        }

        if (rules.HasFlag(ScoreRule.Deadline))
        {
            Deadline(ctx, estimate, sheet);
        }

        if (rules.HasFlag(ScoreRule.Expertise))
        {
            Expertise(ctx, path, sheet);
        }

        if (rules.HasFlag(ScoreRule.Serving))
        {
            Serving(ctx, estimate, sheet);
        }

        if (rules.HasFlag(ScoreRule.Sensitivity))
        {
            Sensitivity(ctx, path, sheet);
        }

        if (rules.HasFlag(ScoreRule.Governance))
        {
            Governance(ctx, path, sheet);
        }

        if (rules.HasFlag(ScoreRule.Control))
        {
            Control(ctx, estimate, sheet);
        }

        if (rules.HasFlag(ScoreRule.Baseline))
        {
            Baseline(ctx, path, sheet);
        }

        if (rules.HasFlag(ScoreRule.Volume))
        {
            Volume(ctx, path, sheet);
        }

        if (rules.HasFlag(ScoreRule.Capacity))
        {
            Capacity(ctx, estimate, sheet);
        }
    }

    /// <summary>Lighter rungs start higher: try prompting/RAG first, then fine-tuning, then pretraining (seed 002).</summary>
    private static int LadderBase(PathId path) => path switch
    {
        PathId.Prompting => 50,
        PathId.Rag => 50,
        PathId.Peft => 45,
        PathId.RagPeft => 42,
        PathId.FullFineTune => 35,
        PathId.ContinuedPretraining => 28,
        _ => 15,
    };

    private static string LadderReason(PathId path) => PathCatalog.Get(path).Rung switch
    {
        <= 1 => $"Lightest rung of the ladder: start here unless something rules it out ({Sources.DecisionRuleCite})",
        <= 3 => "Middle rung: fine-tune once prompting and retrieval fall short",
        _ => $"Heaviest rungs: only when lighter options cannot meet hard constraints ({Sources.DecisionGuideCite})",
    };

    private static bool IsFineTune(PathId path) => path is PathId.Peft or PathId.RagPeft or PathId.FullFineTune;

    private static bool TrainsWeights(PathId path) => path is not (PathId.Prompting or PathId.Rag);
}
