using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Core.Tests.Estimation;

/// <summary>
/// Pretraining at the heavy end stays within what published work shows: a sovereign programme with trillions of
/// tokens, a research team and $20M trains its own model (AI R&amp;D Journal's scenario matrix), on an
/// enterprise-scale cluster, with the post-training data labelled while the base model trains.
/// </summary>
public sealed class HeavyEndTests
{
    private static readonly ProjectConstraints Sovereign = new()
    {
        DataSensitivity = DataSensitivity.Sovereign, Control = 5, DomainCorpusTokens = 3e12, MlExpertise = MlExpertise.Research,
        BudgetUsd = 20e6, Need = Need.DomainLanguage, DomainNovelty = 5, Governance = 4, DeadlineWeeks = 78,
    };

    [Fact]
    public void Recommend_SovereignTrillionsOfTokensResearchTeamTwentyMillion_TrainsFromScratchWellWithinBudget()
    {
        var r = TestServices.Recommend(Sovereign);

        Assert.Equal(PathId.FromScratch, r.Path);
        Assert.True(r.Cost.P50 < 0.75 * Sovereign.BudgetUsd!.Value, $"P50 {r.Cost.P50:N0}");
        Assert.True(r.TimelineWeeks.P50 < 52, $"P50 {r.TimelineWeeks.P50} weeks");
        Assert.All(r.Cost.References.Concat(r.TimelineWeeks.References).Where(x => x.Scope == "whole project"), x => Assert.True(x.Agrees, x.Note));
    }

    [Fact]
    public void Estimate_FromScratchCluster_NeverLargerThanAnEnterpriseCluster()
    {
        var ctx = new EstimationContext(ConstraintDefaults.Resolve(Sovereign).Constraints, PriceBook.BuiltIn);

        var e = PathEstimator.Estimate(ctx, PathId.FromScratch, detailed: true);

        var committed = PriceBook.BuiltIn.CommittedH100.High * PathEstimator.MaxScratchGpus * 8760;
        Assert.True(e.Compute.P90 <= committed, $"compute P90 {e.Compute.P90:N0} above a {PathEstimator.MaxScratchGpus}-GPU year");
        Assert.Contains(e.Components, c => c.Label.Contains($"{PathEstimator.MaxScratchGpus}-GPU", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(PathId.FromScratch)]
    [InlineData(PathId.ContinuedPretraining)]
    public void Estimate_PretrainingWithoutLabels_LabelsWhileTheModelTrains(PathId path)
    {
        var none = new EstimationContext(ConstraintDefaults.Resolve(Sovereign with { LabeledExamples = 0 }).Constraints, PriceBook.BuiltIn);
        var plenty = new EstimationContext(ConstraintDefaults.Resolve(Sovereign with { LabeledExamples = 100_000, DataQuality = DataQuality.Clean }).Constraints, PriceBook.BuiltIn);

        var without = PathEstimator.Estimate(none, path, detailed: true);
        var with = PathEstimator.Estimate(plenty, path, detailed: true);

        var (labelling, _, missing) = CommonPhases.Labeling(none, PathEstimator.LabelingTarget(none, path));
        Assert.True(missing > 0);
        Assert.True(without.Timeline.P50 - with.Timeline.P50 < labelling.P50,
            $"labelling {labelling.P50:0.#} weeks added {without.Timeline.P50 - with.Timeline.P50:0.#} weeks to the critical path");
        Assert.True(without.Data.P50 > with.Data.P50, "the labelling is still paid for");
    }

    [Fact]
    public void Recommend_PublishedRangeAboveOurs_SaysWhyInOneLine()
    {
        var r = TestServices.Recommend(new ProjectConstraints
        {
            Need = Need.Behavior, TaskType = TaskType.Classification, Baseline = Baseline.Close, LabeledExamples = 3000,
            DataQuality = DataQuality.Clean, BudgetUsd = 40_000, DeadlineWeeks = 8, MlExpertise = MlExpertise.Strong,
        });

        var lower = Assert.Single(r.Cost.References, x => !x.Agrees && x.Scope == "whole project");
        Assert.Contains("ours is lower: ours is a smaller project; its largest cost is ", lower.Note, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', lower.Note);
    }
}
