using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Decision;

/// <summary>"What would change this answer": for each constraint, the nearest value that flips the chosen path.</summary>
internal static class FlipFinder
{
    private const int MaxConditions = 5;

    private static readonly FlipField[] Fields =
    [
        FlipField.Enumerated(ConstraintFields.Need, "What is missing", c => c.Need, (c, v) => c with { Need = v }),
        FlipField.Numeric(ConstraintFields.LabeledExamples, "Labelled examples", c => c.LabeledExamples, (c, v) => c with { LabeledExamples = (int)v },
            v => Display.Count(v), _ => [0, 50, 100, 300, 500, 1000, 2000, 5000, 10000, 50000]),
        FlipField.Enumerated(ConstraintFields.DataQuality, "Label quality", c => c.DataQuality, (c, v) => c with { DataQuality = v }),
        FlipField.Numeric(ConstraintFields.BudgetUsd, "Budget", c => c.BudgetUsd, (c, v) => c with { BudgetUsd = v },
            FlipField.Money, b => [b * 0.5, b * 2, b * 0.25, b * 4, b * 10, b * 100]),
        FlipField.Numeric(ConstraintFields.DeadlineWeeks, "Deadline", c => c.DeadlineWeeks, (c, v) => c with { DeadlineWeeks = v },
            FlipField.Weeks, _ => [2, 4, 6, 8, 12, 26, 52]),
        FlipField.Numeric(ConstraintFields.LatencyP95Ms, "Latency budget", c => c.LatencyP95Ms, (c, v) => c with { LatencyP95Ms = v },
            v => $"{v:N0} ms", _ => [50, 100, 200, 300, 500, 1000, 2000, 5000]),
        FlipField.Enumerated(ConstraintFields.DataSensitivity, "Data sensitivity", c => c.DataSensitivity, (c, v) => c with { DataSensitivity = v }),
        FlipField.Enumerated(ConstraintFields.KnowledgeChange, "How fast facts change", c => c.KnowledgeChange, (c, v) => c with { KnowledgeChange = v }),
        FlipField.Enumerated(ConstraintFields.Baseline, "Best baseline so far", c => c.Baseline, (c, v) => c with { Baseline = v }),
        FlipField.Enumerated(ConstraintFields.MlExpertise, "ML expertise", c => c.MlExpertise, (c, v) => c with { MlExpertise = v }),
        FlipField.Numeric(ConstraintFields.DomainCorpusTokens, "Domain text", c => c.DomainCorpusTokens, (c, v) => c with { DomainCorpusTokens = v },
            v => $"{Display.Count(v)} tokens", _ => [0, 1e8, 1e9, 1e10, 2e11, 1e12, 2e12]),
        FlipField.Numeric(ConstraintFields.RequestsPerDay, "Requests per day", c => c.RequestsPerDay, (c, v) => c with { RequestsPerDay = v },
            v => Display.Count(v), _ => [100, 1000, 10_000, 100_000, 1_000_000]),
        FlipField.Ordinal(ConstraintFields.DomainNovelty, "Domain novelty", c => c.DomainNovelty, (c, v) => c with { DomainNovelty = v }),
        FlipField.Ordinal(ConstraintFields.Governance, "Governance pressure", c => c.Governance, (c, v) => c with { Governance = v }),
        FlipField.Ordinal(ConstraintFields.Control, "Need for control", c => c.Control, (c, v) => c with { Control = v }),
        FlipField.Enumerated(ConstraintFields.TaskType, "Task type", c => c.TaskType, (c, v) => c with { TaskType = v }),
    ];

    public static IReadOnlyList<FlipCondition> Find(ResolvedConstraints constraints, PathId current)
    {
        var found = new List<(double Distance, FlipCondition Condition)>();
        foreach (var field in Fields)
        {
            foreach (var candidate in field.Candidates(constraints).OrderBy(c => c.Distance))
            {
                var (path, feasible) = DecisionEngine.ChoosePath(new EstimationContext(candidate.Constraints));
                if (path == current || !feasible)
                {
                    continue;
                }

                var from = field.Show(constraints);
                var name = PathCatalog.Get(path).Name;
                found.Add((candidate.Distance, new FlipCondition(field.Field, from, candidate.Shown, path,
                    $"{field.Label}: {candidate.Shown} instead of {from} → {name}")));
                break;
            }
        }

        return [.. found.OrderBy(f => f.Distance).Take(MaxConditions).Select(f => f.Condition)];
    }
}
