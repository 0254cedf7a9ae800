using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Decision;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Recommendations;

/// <summary>The words of a recommendation: rationale, pros, cons, risks and why not the alternatives.</summary>
internal static class Narrative
{
    public static IReadOnlyList<string> Rationale(EstimationContext ctx, PathScore chosen, PathScore? runnerUp)
    {
        var name = PathCatalog.Get(chosen.Path).Name;
        var lines = new List<string>();
        if (!chosen.Feasible)
        {
            lines.Add($"No path meets every constraint; {name} comes closest ({chosen.Score}/100). Relax one of the constraints below.");
            lines.AddRange(chosen.Sheet.Blockers);
        }
        else
        {
            lines.Add(runnerUp switch
            {
                null => $"{name} fits best ({chosen.Score}/100).",
                { Feasible: false } => $"{name} is the only path that meets every hard constraint ({chosen.Score}/100).",
                _ => $"{name} fits best with {chosen.Score}/100; next best: {PathCatalog.Get(runnerUp.Path).Name}, {runnerUp.Score}/100.",
            });
        }

        lines.AddRange(chosen.Sheet.Contributions.Where(c => c.Points > 0 && c.Factor != "ladder").Take(3).Select(c => c.Reason));
        if (runnerUp is not null)
        {
            lines.Add($"Not {PathCatalog.Get(runnerUp.Path).Name} — {WhyNot(runnerUp, chosen)}");
        }

        var serving = chosen.Estimate.Serving;
        lines.Add($"Latency decides model size first: {serving.Option.Model} ({serving.Option.Hosting}) answers in about {serving.LatencyMs:N0} ms against a {ctx.Constraints.LatencyP95Ms:N0} ms budget.");
        if (PathCatalog.Get(chosen.Path).Rung <= 1 && chosen.Feasible)
        {
            lines.Add($"Lightest option first: ship it, measure it, and climb the ladder only for gaps the evaluation shows ({Sources.DecisionRuleCite}; {Sources.DecisionGuideCite}).");
        }

        return lines;
    }

    public static string WhyNot(PathScore other, PathScore chosen)
    {
        if (!other.Feasible && other.Sheet.Blockers.Count > 0)
        {
            return other.Sheet.Blockers[0];
        }

        var worst = other.Sheet.Contributions.Where(c => c.Points < 0).OrderBy(c => c.Points).FirstOrDefault();
        var delta = chosen.Score - other.Score;
        return worst is null
            ? $"scores {delta} points lower."
            : $"{worst.Reason} ({delta} points lower overall).";
    }

    public static IReadOnlyList<string> Pros(EstimationContext ctx, PathScore chosen)
    {
        var pros = new List<string>(PathCatalog.Get(chosen.Path).Pros.Take(3));
        var total = chosen.Estimate.Total;
        if (total.P50 <= ctx.Constraints.BudgetUsd)
        {
            pros.Add($"Fits the budget: most likely {Display.Money(total.P50)} of {Display.Money(ctx.Constraints.BudgetUsd)} over 12 months");
        }

        if (chosen.Estimate.Timeline.P50 <= ctx.Constraints.DeadlineWeeks)
        {
            pros.Add($"Launches within the deadline: most likely {Display.Duration(chosen.Estimate.Timeline.P50)} of {Display.Duration(ctx.Constraints.DeadlineWeeks)}");
        }

        return pros;
    }

    public static IReadOnlyList<string> Cons(PathScore chosen)
    {
        var cons = new List<string>(PathCatalog.Get(chosen.Path).Cons.Take(3));
        cons.AddRange(chosen.Sheet.Contributions.Where(c => c.Points < 0).Take(2).Select(c => c.Reason));
        return cons;
    }

    public static IReadOnlyList<string> Risks(EstimationContext ctx, PathScore chosen, IReadOnlyList<DefaultedField> defaults, DateTimeOffset now)
    {
        var risks = new List<string>(PathCatalog.Get(chosen.Path).Risks);
        if (PriceFreshness.OldestStalePrice(chosen.Estimate.Assumptions, now) is { } oldest)
        {
            risks.Add($"Some prices behind this estimate are older than {PriceFreshness.MaxAgeDays} days (the oldest as of {oldest}): check current GPU and API rates before committing budget");
        }

        if (ctx.Constraints.Governance >= 4)
        {
            risks.Add("Governance burden: keep data lineage, evaluation results and approvals ready for audit");
        }

        if (chosen.Path is not (PathId.Prompting or PathId.Rag) && ctx.Constraints.KnowledgeChange is KnowledgeChange.Daily or KnowledgeChange.Weekly
            && ctx.Constraints.Need is not (Need.Behavior or Need.General))
        {
            risks.Add("Stale knowledge: facts learned in weights age between retraining runs; keep fresh facts in retrieval");
        }

        var critical = defaults.Where(d => d.Field is ConstraintFields.BudgetUsd or ConstraintFields.DeadlineWeeks
            or ConstraintFields.Need or ConstraintFields.LabeledExamples or ConstraintFields.DataSensitivity).Select(d => d.Field).ToList();
        if (critical.Count > 0)
        {
            risks.Add($"The answer rests on assumed values for {string.Join(", ", critical)}: confirm them");
        }

        return risks;
    }
}
