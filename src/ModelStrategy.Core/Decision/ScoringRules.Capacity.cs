using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Decision;

/// <summary>
/// When full fine-tuning earns its cost over an adapter: "expensive but maximally expressive" (seed 002), for
/// "critical performance gaps" (seed 000); and its forgetting risk on small narrow sets (seed 002).
/// </summary>
internal static partial class ScoringRules
{
    /// <summary>Usable labelled examples from which a full-parameter update has data enough to use its capacity ("tens of thousands").</summary>
    public const double MinExamplesForFullCapacity = 20_000;

    /// <summary>Usable labelled examples from which the full fine-tuning case is strongest.</summary>
    public const double PlentyExamplesForFullCapacity = 100_000;

    /// <summary>Below this many usable examples full fine-tuning risks catastrophic forgetting more than an adapter does.</summary>
    public const double ForgettingRiskExamples = 5_000;

    private static void Capacity(EstimationContext ctx, PathEstimate estimate, ScoreSheet sheet)
    {
        if (estimate.Path != PathId.FullFineTune)
        {
            return;
        }

        var usable = ctx.UsableExamples;
        if (usable < ForgettingRiskExamples)
        {
            sheet.Add("capacity", -6, $"About {Display.Count(usable)} usable examples is a narrow set: aggressive full fine-tuning on it risks catastrophic forgetting, which LoRA's frozen weights largely avoid");
            return;
        }

        if (!FullCapacityCase(ctx, estimate, usable))
        {
            return;
        }

        var plenty = usable >= PlentyExamplesForFullCapacity;
        sheet.Add("capacity", plenty ? 42 : 36,
            $"A critical behaviour gap that prompting and retrieval could not close, {Display.Count(usable)} usable examples, a strong ML team, the budget for full-parameter training and a model you must own and serve: full fine-tuning costs more but can change the most, and is the option for critical performance gaps, where an adapter's low rank can cap the gain (adapters match full fine-tuning on many tasks, not all)");
    }

    /// <summary>Every condition under which the seeds point past an adapter to a full-parameter update.</summary>
    private static bool FullCapacityCase(EstimationContext ctx, PathEstimate estimate, double usable)
    {
        var c = ctx.Constraints;
        var mustOwnAndServe = !ctx.ApiAllowed || c.Control >= 4 || c.LatencyP95Ms < 500;
        return usable >= MinExamplesForFullCapacity
            && c.Need == Constraints.Need.Behavior
            && c.Baseline == Constraints.Baseline.Far
            && c.TaskType != TaskType.Agent
            && c.MlExpertise is MlExpertise.Strong or MlExpertise.Research
            && mustOwnAndServe
            && estimate.Total.P50 <= c.BudgetUsd;
    }
}
