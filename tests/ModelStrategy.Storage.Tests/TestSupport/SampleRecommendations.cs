using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Triage;

namespace ModelStrategy.Storage.Tests.TestSupport;

/// <summary>Hand-built recommendations: the store must round-trip every part of the shape.</summary>
internal static class SampleRecommendations
{
    /// <summary>When samples are made unless told otherwise: half an hour before the stores' clocks start.</summary>
    public static readonly DateTimeOffset MadeAt = TestClock.Start - TimeSpan.FromMinutes(30);

    public static Recommendation Create(string id, PathId path = PathId.Rag, DateTimeOffset? createdAt = null)
    {
        var (constraints, defaults) = ConstraintDefaults.Resolve(new ProjectConstraints { UseCase = "support answers", BudgetUsd = 40_000 });
        var cost = new CostEstimate(
            "USD", 18_000, 26_000, 45_000,
            [new CostComponent("compute", "Embedding and hosting", 1_000, 2_000, 4_000, "GPU-hours × price")],
            [new ReferenceRange("seed 003", "whole project", 10_000, null, true, "open-ended published range")]);
        var timeline = new TimelineEstimate(4, 6, 9, [new Phase("Build the eval set", 1, 1.5, 2)], []);
        return new Recommendation
        {
            Id = id,
            CreatedAt = createdAt ?? MadeAt,
            Path = path,
            PathName = "Retrieval-augmented generation (RAG)",
            Confidence = 0.72,
            ConfidenceLevel = "medium",
            Scores = new Dictionary<string, int> { ["rag"] = 81, ["prompting"] = 64, ["from-scratch"] = 3 },
            Paths =
            [
                new PathAssessment(path, "RAG", 81, true, [], [new Contribution("need", 20, "knowledge gap → retrieval")], 26_000, 6),
                new PathAssessment(PathId.FromScratch, "From scratch", 3, false, ["budget far below millions"], [], 5e6, 40),
            ],
            Rationale = ["Knowledge gaps are closed by retrieval"],
            Pros = ["Answers from current documents"],
            Cons = ["Quality capped by retrieval"],
            Risks = ["Stale index"],
            NextSteps = ["Build an eval set first"],
            Cost = cost,
            TimelineWeeks = timeline,
            Serving = new ServingPlan("hosted frontier API", "api", "none", 1_200, "latency budget allows an API"),
            Alternatives = [new Alternative(PathId.Prompting, "Prompting", 64, true, "lacks private knowledge", 5_000, 2)],
            FlipConditions = [new FlipCondition("need", "knowledge", "behavior", PathId.Peft, "if the gap were behaviour")],
            Assumptions = [new Assumption("GPU price", 2.5, "USD/hour", 1.8, 4, "vendor list", "2025-10", "C")],
            Constraints = constraints,
            Defaults = defaults,
            Understood = [new UnderstoodItem("budgetUsd", "40000", "budget 40k")],
            Text = "budget 40k",
        };
    }
}
