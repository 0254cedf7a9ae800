using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Tests.Decision;

/// <summary>The ladder and gap rules PRODUCT.md fixes, each with the smallest input that shows it.</summary>
public sealed class LadderRuleTests
{
    private static readonly ProjectConstraints Team = new()
    {
        BudgetUsd = 200_000, DeadlineWeeks = 16, MlExpertise = MlExpertise.Strong, DataSensitivity = DataSensitivity.Internal,
    };

    [Fact]
    public void Recommend_KnowledgeGap_ChoosesRetrieval()
    {
        var r = TestServices.Recommend(Team with { Need = Need.Knowledge });

        Assert.Equal(PathId.Rag, r.Path);
        Assert.Contains(r.Rationale, line => line.Contains("knowledge", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(Need.Behavior, PathId.Peft)] // a behaviour gap: LoRA
    [InlineData(Need.Both, PathId.RagPeft)] // both gaps: the hybrid
    public void Recommend_BehaviorGapWithCleanData_ChoosesATunedPath(Need need, PathId expected)
    {
        var r = TestServices.Recommend(Team with { Need = need, LabeledExamples = 3000, DataQuality = DataQuality.Clean, Baseline = Baseline.Close });

        Assert.Equal(expected, r.Path);
    }

    [Fact]
    public void Recommend_NothingMissing_ChoosesPrompting()
    {
        var r = TestServices.Recommend(Team with { Need = Need.General });

        Assert.Equal(PathId.Prompting, r.Path);
    }

    [Fact]
    public void Recommend_BehaviorGapWithNoisyData_RulesFineTuningOut()
    {
        var r = TestServices.Recommend(Team with { Need = Need.Behavior, LabeledExamples = 3000, DataQuality = DataQuality.Noisy, Baseline = Baseline.Close });

        Assert.NotEqual(PathId.Peft, r.Path);
        var peft = r.Paths.Single(p => p.Path == PathId.Peft);
        Assert.False(peft.Feasible);
        Assert.Contains(peft.Blockers, b => b.Contains("labelled data", StringComparison.Ordinal));
    }

    [Fact]
    public void Recommend_DailyChangingFactsInWeights_PenalisesFineTuningForStaleness()
    {
        var r = TestServices.Recommend(Team with { Need = Need.Both, KnowledgeChange = KnowledgeChange.Daily, LabeledExamples = 3000, DataQuality = DataQuality.Clean });

        var peft = r.Paths.Single(p => p.Path == PathId.Peft);
        Assert.Contains(peft.Contributions, c => c.Factor == "knowledgeChange" && c.Points < 0);
        Assert.NotEqual(PathId.Peft, r.Path);
    }

    [Theory]
    [InlineData(500_000, 1e12, MlExpertise.Research, "multi-million")]
    [InlineData(20e6, 1e10, MlExpertise.Research, "200B-token")]
    [InlineData(20e6, 1e12, MlExpertise.Strong, "ML researchers")]
    public void Recommend_FromScratchMissingOneOfBudgetDataTeam_NamesThatBlocker(double budget, double corpus, MlExpertise expertise, string blocker)
    {
        var r = TestServices.Recommend(new ProjectConstraints
        {
            BudgetUsd = budget, DomainCorpusTokens = corpus, MlExpertise = expertise, Need = Need.DomainLanguage, DomainNovelty = 5,
            DataSensitivity = DataSensitivity.Sovereign, Control = 5, DeadlineWeeks = 80,
        });

        var scratch = r.Paths.Single(p => p.Path == PathId.FromScratch);
        Assert.False(scratch.Feasible);
        Assert.Contains(scratch.Blockers, b => b.Contains(blocker, StringComparison.Ordinal));
    }

    [Fact]
    public void Recommend_SubHundredMillisecondBudget_ServesASmallSelfHostedModel()
    {
        var r = TestServices.Recommend(Team with { Need = Need.Behavior, TaskType = TaskType.Classification, LatencyP95Ms = 80, LabeledExamples = 5000, DataQuality = DataQuality.Clean });

        Assert.Equal("self-hosted", r.Serving.Hosting);
        Assert.True(r.Serving.LatencyEstimateMs <= 80, $"estimated {r.Serving.LatencyEstimateMs} ms");
        Assert.Contains(r.Paths.Single(p => p.Path == PathId.Prompting).Contributions, c => c.Factor == "latencyP95Ms" && c.Points < 0);
    }

    [Fact]
    public void Recommend_ConfidentialData_NeverServesFromAThirdPartyApi()
    {
        var r = TestServices.Recommend(Team with { Need = Need.Knowledge, DataSensitivity = DataSensitivity.Confidential });

        Assert.Equal(PathId.Rag, r.Path);
        Assert.Equal("self-hosted", r.Serving.Hosting);
    }

    [Fact]
    public void Recommend_PublicDataAndRelaxedLatency_UsesAHostedApiForRag()
    {
        var r = TestServices.Recommend(Team with { Need = Need.Knowledge, DataSensitivity = DataSensitivity.Public, LatencyP95Ms = 3000 });

        Assert.Equal("api", r.Serving.Hosting);
    }

    [Fact]
    public void Recommend_NoPathFeasible_SaysSoAndIsLowConfidence()
    {
        var r = TestServices.Recommend(new ProjectConstraints { LatencyP95Ms = 5, BudgetUsd = 100 });

        Assert.All(r.Paths, p => Assert.False(p.Feasible));
        Assert.Equal("low", r.ConfidenceLevel);
        Assert.StartsWith("No path meets every constraint", r.Rationale[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_MoreDefaults_LowersConfidence()
    {
        var full = Team with
        {
            Need = Need.Knowledge, TaskType = TaskType.Qa, KnowledgeChange = KnowledgeChange.Weekly, LabeledExamples = 0, DomainCorpusTokens = 0,
            DataQuality = DataQuality.Mixed, DomainNovelty = 1, LatencyP95Ms = 2000, RequestsPerDay = 1000, Governance = 2, Control = 1, Baseline = Baseline.Untried,
        };

        Assert.True(TestServices.Recommend(full).Confidence > TestServices.Recommend(new ProjectConstraints { Need = Need.Knowledge }).Confidence);
    }
}
