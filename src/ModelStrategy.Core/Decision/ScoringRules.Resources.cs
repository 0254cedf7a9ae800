using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Decision;

/// <summary>Budget, deadline and team: the resources a path must fit (seeds 002 and 003).</summary>
internal static partial class ScoringRules
{
    /// <summary>Seed 002: from scratch is in scope only with a multi-million-dollar budget.</summary>
    public const double MinScratchBudgetUsd = 1_000_000;

    private static void Budget(EstimationContext ctx, PathEstimate estimate, ScoreSheet sheet)
    {
        var budget = ctx.Constraints.BudgetUsd;
        var total = estimate.Total;
        if (estimate.Path == PathId.FromScratch && budget < MinScratchBudgetUsd)
        {
            sheet.Block($"Budget {Display.Money(budget)} is far from the multi-million-dollar budget from scratch needs ({Sources.DecisionRuleCite})");
        }

        if (total.P10 > budget)
        {
            // Blocked, and scored below the merely-over-budget case so that a lower cost can only raise the score.
            sheet.Block($"Even the optimistic 12-month cost ({Display.Money(total.P10)}) is above the budget ({Display.Money(budget)})");
            sheet.Add("budgetUsd", -25, $"Even the optimistic 12-month cost ({Display.Money(total.P10)}) is above the budget ({Display.Money(budget)})");
        }
        else if (total.P50 > budget)
        {
            sheet.Add("budgetUsd", -15, $"The most likely 12-month cost ({Display.Money(total.P50)}) is above the budget ({Display.Money(budget)})");
        }
    }

    private static void Deadline(EstimationContext ctx, PathEstimate estimate, ScoreSheet sheet)
    {
        var deadline = ctx.Constraints.DeadlineWeeks;
        var timeline = estimate.Timeline;
        if (timeline.P10 > deadline)
        {
            sheet.Add("deadlineWeeks", -30, $"Even the optimistic timeline ({Display.Duration(timeline.P10)}) misses the {Display.Duration(deadline)} deadline");
        }
        else if (timeline.P50 > deadline)
        {
            sheet.Add("deadlineWeeks", -15, $"The most likely timeline ({Display.Duration(timeline.P50)}) misses the {Display.Duration(deadline)} deadline");
        }

        if (deadline < 8 && ctx.UsableExamples < 1000 && estimate.Path is PathId.Prompting or PathId.Rag)
        {
            sheet.Add("deadlineWeeks", 6, $"Launch in under 8 weeks with little labelled data: pre-trained model plus retrieval (the scenario matrix in {Sources.DecisionGuideCite})");
        }
    }

    private static void Expertise(EstimationContext ctx, PathId path, ScoreSheet sheet)
    {
        var expertise = ctx.Constraints.MlExpertise;
        if (path == PathId.FromScratch && expertise != MlExpertise.Research)
        {
            sheet.Block("From scratch needs a team of ML researchers and senior systems engineers");
            return;
        }

        if (path == PathId.ContinuedPretraining && expertise == MlExpertise.None)
        {
            sheet.Block("Continued pretraining needs ML engineers to run multi-GPU training and evaluation");
            return;
        }

        var (points, reason) = (expertise, path) switch
        {
            (MlExpertise.None or MlExpertise.Basic, PathId.Rag) => (3, "RAG needs no dedicated ML team"),
            (MlExpertise.None, PathId.Peft) => (-6, "With no ML engineers, use QLoRA tooling or a managed service and budget for help"),
            (MlExpertise.None, PathId.RagPeft) => (-8, "Two systems to build with no ML engineers"),
            (MlExpertise.None, PathId.FullFineTune) => (-25, "Full fine-tuning needs ML engineers: memory sharding, evaluation, regressions"),
            (MlExpertise.Basic, PathId.FullFineTune) => (-10, "Full fine-tuning is hard for a team new to ML"),
            (MlExpertise.Basic, PathId.ContinuedPretraining) => (-15, "Continued pretraining is hard for a team new to ML"),
            (MlExpertise.Strong, PathId.Peft or PathId.FullFineTune or PathId.RagPeft) => (3, "A strong ML team runs fine-tuning well"),
            (MlExpertise.Research, PathId.ContinuedPretraining) => (5, "A research team can run continued pretraining"),
            _ => (0, string.Empty),
        };
        sheet.Add("mlExpertise", points, reason);
    }
}
