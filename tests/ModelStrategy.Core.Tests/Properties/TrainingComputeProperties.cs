using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Core.Tests.Properties;

/// <summary>The paths that train on the labels price a training set that grows with them.</summary>
public sealed class TrainingComputeProperties
{
    private static readonly PathId[] TrainingPaths = [PathId.Peft, PathId.RagPeft, PathId.FullFineTune];

    [Property(MaxTest = 300)]
    public Property Estimate_MoreLabelledExamples_ComputeNeverLower() =>
        Prop.ForAll(WithTwoLabelCounts().ToArbitrary(), input =>
        {
            var (constraints, a, b) = input;
            var (fewer, more) = (Math.Min(a, b), Math.Max(a, b));
            var resolved = ConstraintDefaults.Resolve(constraints).Constraints;
            var low = new EstimationContext(resolved with { LabeledExamples = fewer }, PriceBook.BuiltIn);
            var high = new EstimationContext(resolved with { LabeledExamples = more }, PriceBook.BuiltIn);

            return TrainingPaths.All(path =>
                {
                    var before = PathEstimator.Estimate(low, path, detailed: false).Compute;
                    var after = PathEstimator.Estimate(high, path, detailed: false).Compute;
                    return after.P10 >= before.P10 && after.P50 >= before.P50 && after.P90 >= before.P90;
                })
                .Label($"{fewer:N0} → {more:N0} labelled examples, {resolved.TaskType}, {resolved.DataQuality}");
        });

    [Property(MaxTest = 100)]
    public Property Estimate_LabelsBeyondTheTarget_TrainingTokensGrowWithThem() =>
        Prop.ForAll((from c in ConstraintsGen.Constraints() from times in Gen.Choose(1, 20) select (c, times)).ToArbitrary(), input =>
        {
            var (constraints, times) = input;
            var resolved = ConstraintDefaults.Resolve(constraints).Constraints with { DataQuality = DataQuality.Clean };
            var target = PathEstimator.LabelingTarget(new EstimationContext(resolved, PriceBook.BuiltIn), PathId.FullFineTune);
            var atTarget = PathEstimator.Estimate(new EstimationContext(resolved with { LabeledExamples = target }, PriceBook.BuiltIn), PathId.FullFineTune, detailed: false);
            var beyond = PathEstimator.Estimate(new EstimationContext(resolved with { LabeledExamples = target * (times + 1) }, PriceBook.BuiltIn), PathId.FullFineTune, detailed: false);

            // Same model, same GPU, same utilisation: GPU-hours per run are linear in the training tokens.
            var ratio = beyond.GpuHoursPerRun / atTarget.GpuHoursPerRun;
            return (Math.Abs(ratio - (times + 1)) < 1e-9).Label($"×{times + 1} labels gave ×{ratio:0.###} GPU-hours");
        });

    private static Gen<(ProjectConstraints Constraints, int A, int B)> WithTwoLabelCounts() =>
        from constraints in ConstraintsGen.Constraints()
        from a in LabelCounts()
        from b in LabelCounts()
        select (constraints, a, b);

    /// <summary>Label counts from none to far beyond every target, small steps included.</summary>
    private static Gen<int> LabelCounts() =>
        Gen.OneOf(Gen.Choose(0, 3000), Gen.Choose(3000, 300_000), Gen.Elements(0, 999, 1000, 1001, 1999, 2000, 2001, 5000, 1_000_000));
}
