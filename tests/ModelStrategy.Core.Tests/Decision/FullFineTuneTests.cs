using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Tests.Decision;

/// <summary>
/// Full fine-tuning wins where the seeds put it ("expensive but maximally expressive", seed 002; "for critical
/// performance gaps", seed 000) and loses where they warn against it: little data (forgetting), no ML team, a knowledge gap.
/// </summary>
public sealed class FullFineTuneTests
{
    /// <summary>Claims extraction far from target after prompting/RAG, 60k adjudicated labels, confidential data served in-house.</summary>
    internal static readonly ProjectConstraints ClaimsExtraction = new()
    {
        TaskType = TaskType.Extraction, Need = Need.Behavior, Baseline = Baseline.Far, BaselineErrorRatePct = 12,
        LabeledExamples = 60_000, DataQuality = DataQuality.Clean, BudgetUsd = 600_000, DeadlineWeeks = 26, LatencyP95Ms = 400,
        RequestsPerDay = 200_000, DataSensitivity = DataSensitivity.Confidential, Governance = 3, Control = 4,
        MlExpertise = MlExpertise.Strong, DomainNovelty = 2, KnowledgeChange = KnowledgeChange.Rarely,
    };

    /// <summary>Trade-surveillance classification on sovereign infrastructure at 150 ms, a research team and 250k labels.</summary>
    private static readonly ProjectConstraints SurveillanceClassifier = new()
    {
        TaskType = TaskType.Classification, Need = Need.Behavior, Baseline = Baseline.Far, LabeledExamples = 250_000,
        DataQuality = DataQuality.Clean, BudgetUsd = 2_000_000, DeadlineWeeks = 30, LatencyP95Ms = 150, RequestsPerDay = 1_000_000,
        DataSensitivity = DataSensitivity.Sovereign, Governance = 2, Control = 5, MlExpertise = MlExpertise.Research, DomainNovelty = 1,
    };

    /// <summary>House-style report summaries the product must own (control 4), 30k clean pairs, a strong team, a roomy budget.</summary>
    private static readonly ProjectConstraints HouseStyleSummaries = new()
    {
        TaskType = TaskType.Summarization, Need = Need.Behavior, Baseline = Baseline.Far, LabeledExamples = 30_000,
        DataQuality = DataQuality.Clean, BudgetUsd = 900_000, DeadlineWeeks = 26, LatencyP95Ms = 2000, RequestsPerDay = 20_000,
        DataSensitivity = DataSensitivity.Internal, Governance = 2, Control = 4, MlExpertise = MlExpertise.Strong, DomainNovelty = 1,
    };

    public static TheoryData<string> Wins => ["claims", "surveillance", "summaries"];

    private static ProjectConstraints Scenario(string name) => name switch
    {
        "claims" => ClaimsExtraction,
        "surveillance" => SurveillanceClassifier,
        _ => HouseStyleSummaries,
    };

    [Theory]
    [MemberData(nameof(Wins))]
    public void Recommend_CriticalBehaviourGapWithLargeCleanDataAndStrongTeam_ChoosesFullFineTuning(string name)
    {
        var r = TestServices.Recommend(Scenario(name));

        Assert.Equal(PathId.FullFineTune, r.Path);
        Assert.Contains(r.Rationale, line => line.Contains("the option for critical performance gaps", StringComparison.Ordinal));
        Assert.True(r.Scores["full-fine-tune"] is > 0 and < 100, $"score {r.Scores["full-fine-tune"]}");
        Assert.True(r.Scores["full-fine-tune"] > r.Scores["peft"], $"shown scores tie or invert: full {r.Scores["full-fine-tune"]}, peft {r.Scores["peft"]}");
    }

    [Theory]
    [MemberData(nameof(Wins))]
    public void Recommend_FullFineTuningWins_RunnerUpIsTheAdapterAndLessDataOrTeamFlipsToIt(string name)
    {
        var r = TestServices.Recommend(Scenario(name));

        Assert.Equal(PathId.Peft, r.Alternatives[0].Path);
        Assert.True(r.Alternatives[0].Feasible);
        Assert.Contains(r.FlipConditions, f => f.Field is ConstraintFields.LabeledExamples or ConstraintFields.MlExpertise or ConstraintFields.Baseline
            && f.NewPath == PathId.Peft);
        Assert.All(r.FlipConditions, f => Assert.NotEqual(PathId.FullFineTune, f.NewPath));
    }

    [Fact]
    public void Recommend_FullFineTuningCase_CostAndTimelineAreThoseOfAFullParameterProject()
    {
        var r = TestServices.Recommend(ClaimsExtraction);

        Assert.InRange(r.Cost.P50, 50_000, ClaimsExtraction.BudgetUsd!.Value);
        Assert.True(r.TimelineWeeks.P50 <= ClaimsExtraction.DeadlineWeeks, $"timeline {r.TimelineWeeks.P50} weeks");
    }

    [Fact]
    public void Recommend_SameCaseWithOnlyThousandsOfExamples_KeepsTheAdapter()
    {
        var r = TestServices.Recommend(ClaimsExtraction with { LabeledExamples = 3000 });

        Assert.Equal(PathId.Peft, r.Path);
        var full = r.Paths.Single(p => p.Path == PathId.FullFineTune);
        Assert.Contains(full.Contributions, c => c.Factor == "capacity" && c.Points < 0 && c.Reason.Contains("forgetting", StringComparison.Ordinal));
    }

    [Fact]
    public void Recommend_SameCaseWithNoMlTeam_DoesNotChooseFullFineTuning()
    {
        var r = TestServices.Recommend(ClaimsExtraction with { MlExpertise = MlExpertise.None });

        Assert.NotEqual(PathId.FullFineTune, r.Path);
        Assert.DoesNotContain(r.Paths.Single(p => p.Path == PathId.FullFineTune).Contributions, c => c.Factor == "capacity" && c.Points > 0);
    }

    [Fact]
    public void Recommend_SameDataButAKnowledgeGap_ChoosesRetrieval()
    {
        var r = TestServices.Recommend(ClaimsExtraction with { Need = Need.Knowledge, KnowledgeChange = KnowledgeChange.Weekly });

        Assert.Contains(r.Path, new[] { PathId.Rag, PathId.RagPeft });
    }

    [Fact]
    public void Recommend_SameCaseOnATightBudget_DoesNotChooseFullFineTuning()
    {
        var r = TestServices.Recommend(ClaimsExtraction with { BudgetUsd = 60_000 });

        Assert.NotEqual(PathId.FullFineTune, r.Path);
    }

    [Fact]
    public void Recommend_SameCaseCloseToTarget_KeepsTheAdapterForRecurringErrors()
    {
        var r = TestServices.Recommend(ClaimsExtraction with { Baseline = Baseline.Close });

        Assert.Equal(PathId.Peft, r.Path);
    }
}
