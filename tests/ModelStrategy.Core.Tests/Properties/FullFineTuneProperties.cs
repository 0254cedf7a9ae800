using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Decision;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Tests.Properties;

/// <summary>Full fine-tuning is a real outcome of the engine, and only ever under the conditions the seeds give for it.</summary>
public sealed class FullFineTuneProperties
{
    private const int GridSize = 400;

    [Property(MaxTest = 5)]
    public Property Recommend_GridWeightedToLargeDataAndStrongTeams_ChoosesFullFineTuningOften() =>
        Prop.ForAll(Gen.ArrayOf(WeightedToFullFineTuning(), GridSize).ToArbitrary(), grid =>
        {
            var chosen = grid.Count(c => TestServices.Recommend(c).Path == PathId.FullFineTune);
            return (chosen >= GridSize / 40).Label($"full fine-tuning chosen {chosen} of {GridSize}");
        });

    [Property(MaxTest = 300)]
    public Property Recommend_AnyConstraints_FullFineTuningOnlyWithDataTeamBehaviourGapAndBudget() =>
        Prop.ForAll(Gen.OneOf(ConstraintsGen.Constraints(), WeightedToFullFineTuning()).ToArbitrary(), constraints =>
        {
            var r = TestServices.Recommend(constraints);
            if (r.Path != PathId.FullFineTune)
            {
                return true.ToProperty();
            }

            var c = r.Constraints;
            var usable = c.LabeledExamples * EstimationContext.QualityFactor(c.DataQuality);
            return (usable >= ScoringRules.MinExamplesForFullCapacity
                    && c.MlExpertise is MlExpertise.Strong or MlExpertise.Research
                    && c.Need == Need.Behavior
                    && r.Cost.P50 <= c.BudgetUsd)
                .Label($"full fine-tuning with {usable:N0} usable examples, {c.MlExpertise}, {c.Need}, cost {r.Cost.P50:N0} of {c.BudgetUsd:N0}");
        });

    /// <summary>Random constraints leaning toward behaviour gaps, large clean sets and strong teams, with every other case still present.</summary>
    private static Gen<ProjectConstraints> WeightedToFullFineTuning() =>
        from task in Gen.Elements(TaskType.Classification, TaskType.Extraction, TaskType.Summarization, TaskType.Generation, TaskType.Qa, TaskType.Agent)
        from need in Gen.Elements(Need.Behavior, Need.Behavior, Need.Behavior, Need.Behavior, Need.Behavior, Need.Knowledge, Need.Both, Need.General)
        from labeled in Gen.Elements(500, 3000, 20_000, 50_000, 50_000, 250_000)
        from quality in Gen.Elements(DataQuality.Clean, DataQuality.Clean, DataQuality.Clean, DataQuality.Clean, DataQuality.Mixed, DataQuality.Noisy)
        from budget in Gen.Elements(50_000, 250_000, 900_000, 3e6, 3e6)
        from deadline in Gen.Elements(12, 26, 52.0)
        from latency in Gen.Elements(150, 400, 2000.0)
        from sensitivity in Gen.Elements(Enum.GetValues<DataSensitivity>())
        from control in Gen.Choose(0, 5)
        from governance in Gen.Choose(0, 5)
        from expertise in Gen.Elements(MlExpertise.Strong, MlExpertise.Strong, MlExpertise.Strong, MlExpertise.Research, MlExpertise.Research, MlExpertise.Research, MlExpertise.Basic, MlExpertise.None)
        from baseline in Gen.Elements(Baseline.Far, Baseline.Far, Baseline.Far, Baseline.Close, Baseline.Untried)
        from volume in Gen.Elements(1000, 20_000, 200_000.0)
        select new ProjectConstraints
        {
            TaskType = task, Need = need, LabeledExamples = labeled, DataQuality = quality, BudgetUsd = budget, DeadlineWeeks = deadline,
            LatencyP95Ms = latency, DataSensitivity = sensitivity, Control = control, Governance = governance, MlExpertise = expertise,
            Baseline = baseline, RequestsPerDay = volume, DomainNovelty = 1, KnowledgeChange = KnowledgeChange.Rarely,
        };
}
