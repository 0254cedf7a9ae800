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

    public static void Score(EstimationContext ctx, PathEstimate estimate, ScoreSheet sheet)
    {
        var path = estimate.Path;
        sheet.Add("ladder", LadderBase(path), LadderReason(path));
        Need(ctx, path, sheet);
        Novelty(ctx, path, sheet);
        Freshness(ctx, path, sheet);
        Task(ctx, path, sheet);
        LabeledData(ctx, path, sheet);
        Corpus(ctx, path, sheet);
        Budget(ctx, estimate, sheet);
        Deadline(ctx, estimate, sheet);
        Expertise(ctx, path, sheet);
        Serving(ctx, estimate, sheet);
        Sensitivity(ctx, path, sheet);
        Governance(ctx, path, sheet);
        Control(ctx, estimate, sheet);
        Baseline(ctx, path, sheet);
        Volume(ctx, path, sheet);
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
        <= 1 => "Lightest rung of the ladder: start here unless something rules it out (seed 002 decision rule)",
        <= 3 => "Middle rung: fine-tune once prompting and retrieval fall short (seed 002)",
        _ => "Heaviest rungs: only when lighter options cannot meet hard constraints (seed 003)",
    };

    private static bool IsFineTune(PathId path) => path is PathId.Peft or PathId.RagPeft or PathId.FullFineTune;

    private static bool TrainsWeights(PathId path) => path is not (PathId.Prompting or PathId.Rag);
}
