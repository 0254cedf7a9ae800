using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Pricing;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Decision;

/// <summary>"What would change this answer": for each constraint, the nearest value that flips the chosen path.</summary>
internal static class FlipFinder
{
    /// <summary>The most conditions shown.</summary>
    internal const int MaxConditions = 5;

    private static readonly PathId[] ScoresOnly = [];
    private static readonly PathId[] Trained = [PathId.Peft, PathId.RagPeft, PathId.FullFineTune, PathId.ContinuedPretraining, PathId.FromScratch];
    private static readonly PathId[] TargetDependent = [PathId.Peft, PathId.RagPeft, PathId.ContinuedPretraining];
    private static readonly PathId[] CorpusDependent = [PathId.Rag, PathId.RagPeft, PathId.ContinuedPretraining, PathId.FromScratch];
    private static readonly PathId[] Retrieval = [PathId.Rag, PathId.RagPeft]; // Re-embedding what changes.
    private static readonly PathId[] OwnInfrastructure = [PathId.FromScratch];

    /// <summary>
    /// The fields the search may change, in order, each with the paths whose estimates it can reach, the exact test
    /// of the estimator's inputs that read it, and the scoring rules that read it (FlipFieldDependencyProperties
    /// checks both declarations). The task type is left out on purpose: it defines the feature rather than constrains it.
    /// </summary>
    internal static readonly FlipField[] Fields =
    [
        FlipField.Enumerated(ConstraintFields.Need, "What is missing", c => c.Need, (c, v) => c with { Need = v })
            with { Reestimate = TargetDependent, InputsDiffer = EstimateInputs.LabelingTarget, Reads = ScoreRule.Need | ScoreRule.Freshness | ScoreRule.LabeledData | ScoreRule.Capacity },
        FlipField.Numeric(ConstraintFields.LabeledExamples, "Labelled examples", c => c.LabeledExamples, (c, v) => c with { LabeledExamples = (int)v },
            v => Display.Count(v), _ => [0, 50, 100, 300, 500, 1000, 2000, 5000, 10000, 50000])
            with { Reestimate = Trained, InputsDiffer = EstimateInputs.LabeledData, Reads = ScoreRule.LabeledData | ScoreRule.Deadline | ScoreRule.Capacity },
        FlipField.Enumerated(ConstraintFields.DataQuality, "Label quality", c => c.DataQuality, (c, v) => c with { DataQuality = v })
            with { Reestimate = Trained, InputsDiffer = EstimateInputs.LabeledData, Reads = ScoreRule.LabeledData | ScoreRule.Deadline | ScoreRule.Capacity },
        FlipField.Numeric(ConstraintFields.BudgetUsd, "Budget", c => c.BudgetUsd, (c, v) => c with { BudgetUsd = v },
            FlipField.Money, b => [b * 0.5, b * 2, b * 0.25, b * 4, b * 10, b * 100]) with { Reestimate = ScoresOnly, Reads = ScoreRule.Budget | ScoreRule.Capacity },
        FlipField.Numeric(ConstraintFields.DeadlineWeeks, "Deadline", c => c.DeadlineWeeks, (c, v) => c with { DeadlineWeeks = v },
            FlipField.Weeks, _ => [2, 4, 6, 8, 12, 26, 52]) with { Reestimate = ScoresOnly, Reads = ScoreRule.Deadline },
        FlipField.Numeric(ConstraintFields.LatencyP95Ms, "Latency budget", c => c.LatencyP95Ms, (c, v) => c with { LatencyP95Ms = v },
            v => $"{v:N0} ms", _ => [50, 100, 200, 300, 500, 1000, 2000, 5000]) with { InputsDiffer = EstimateInputs.Serving, Reads = ScoreRule.Serving | ScoreRule.Capacity },
        FlipField.Enumerated(ConstraintFields.DataSensitivity, "Data sensitivity", c => c.DataSensitivity, (c, v) => c with { DataSensitivity = v })
            with { Reads = ScoreRule.Serving | ScoreRule.Sensitivity | ScoreRule.Governance | ScoreRule.Capacity },
        FlipField.Enumerated(ConstraintFields.KnowledgeChange, "How fast facts change", c => c.KnowledgeChange, (c, v) => c with { KnowledgeChange = v })
            with { Reestimate = Retrieval, Reads = ScoreRule.Freshness },
        FlipField.Enumerated(ConstraintFields.Baseline, "Best baseline so far", c => c.Baseline, (c, v) => c with { Baseline = v })
            with { Reestimate = ScoresOnly, Reads = ScoreRule.Baseline | ScoreRule.Volume | ScoreRule.Capacity },
        FlipField.Enumerated(ConstraintFields.MlExpertise, "ML expertise", c => c.MlExpertise, (c, v) => c with { MlExpertise = v })
            with { Reestimate = Trained, Reads = ScoreRule.Expertise | ScoreRule.Capacity },
        FlipField.Numeric(ConstraintFields.DomainCorpusTokens, "Domain text", c => c.DomainCorpusTokens, (c, v) => c with { DomainCorpusTokens = v },
            v => $"{Display.Count(v)} tokens", _ => [0, 1e8, 1e9, 1e10, 2e11, 1e12, 2e12])
            with { Reestimate = CorpusDependent, Reads = ScoreRule.Corpus | ScoreRule.Sensitivity, AppliesTo = static c => c.Need == Need.DomainLanguage },
        FlipField.Numeric(ConstraintFields.RequestsPerDay, "Requests per day", c => c.RequestsPerDay, (c, v) => c with { RequestsPerDay = v },
            v => Display.Count(v), _ => [100, 1000, 10_000, 100_000, 1_000_000]) with { InputsDiffer = EstimateInputs.ServingOrPilot, Reads = ScoreRule.Volume },
        FlipField.Ordinal(ConstraintFields.DomainNovelty, "Domain novelty", c => c.DomainNovelty, (c, v) => c with { DomainNovelty = v })
            with { Reestimate = ScoresOnly, Reads = ScoreRule.Need | ScoreRule.Novelty },
        FlipField.Ordinal(ConstraintFields.Governance, "Governance pressure", c => c.Governance, (c, v) => c with { Governance = v })
            with { InputsDiffer = EstimateInputs.GovernancePhases, Reads = ScoreRule.Governance },
        FlipField.Ordinal(ConstraintFields.Control, "Need for control", c => c.Control, (c, v) => c with { Control = v })
            with { Reestimate = OwnInfrastructure, InputsDiffer = EstimateInputs.OwnInfrastructure, Reads = ScoreRule.Sensitivity | ScoreRule.Control | ScoreRule.Capacity },
    ];

    /// <param name="constraints">The constraints as resolved.</param>
    /// <param name="current">The chosen path.</param>
    /// <param name="estimates">The estimates of all paths for <paramref name="constraints"/>, reused wherever a change cannot reach them.</param>
    /// <param name="prices">The price book the estimates were costed with.</param>
    public static IReadOnlyList<FlipCondition> Find(ResolvedConstraints constraints, PathId current, IReadOnlyList<PathEstimate> estimates, PriceBook prices) =>
        Nearest(FindEach(constraints, current, estimates, prices));

    /// <summary>The <see cref="MaxConditions"/> nearest of <paramref name="each"/>.</summary>
    public static IReadOnlyList<FlipCondition> Nearest(IReadOnlyList<FlipCondition> each) => [.. each.Take(MaxConditions)];

    /// <summary>For every field that can flip the chosen path, its nearest flip; nearest first.</summary>
    public static IReadOnlyList<FlipCondition> FindEach(ResolvedConstraints constraints, PathId current, IReadOnlyList<PathEstimate> estimates, PriceBook prices)
    {
        var found = new List<(double Distance, FlipCondition Condition)>();
        var search = new FlipSearch(constraints, estimates, prices);
        foreach (var field in Fields)
        {
            // Skip changes that are no useful advice here (more domain text only matters for domain language).
            if (!field.AppliesTo(constraints))
            {
                continue;
            }

            var candidates = field.Candidates(constraints);
            if (candidates.Length > 0)
            {
                search.Prepare(field);
            }

            foreach (var (value, distance) in candidates)
            {
                var (path, feasible) = search.Choose(field.Set(constraints, value));
                if (path == current || !feasible)
                {
                    continue;
                }

                var from = field.Show(field.Get(constraints));
                var to = field.Show(value);
                found.Add((distance, new FlipCondition(field.Field, from, to, path,
                    $"{field.Label}: {to} instead of {from} → {PathCatalog.Get(path).Name}") { ToValue = field.Wire(value) }));
                break;
            }
        }

        return [.. found.OrderBy(f => f.Distance).Select(f => f.Condition)];
    }
}
