using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Core.Tests.Estimation;

/// <summary>The training compute of a concrete case, recomputed by hand from ESTIMATION-RESEARCH §3.1 and §3.3.</summary>
public sealed class TrainingTokensTests
{
    private static readonly ResolvedConstraints Classification = ConstraintDefaults.Resolve(new ProjectConstraints
    {
        TaskType = TaskType.Classification, Need = Need.Behavior, LabeledExamples = 50_000, DataQuality = DataQuality.Clean,
        LatencyP95Ms = 2000, RequestsPerDay = 20_000, MlExpertise = MlExpertise.Strong,
    }).Constraints;

    [Fact]
    public void FullFineTune_FiftyThousandCleanExamples_ComputeIsTheFormulaOverAllOfThem()
    {
        var e = PathEstimator.Estimate(new EstimationContext(Classification, PriceBook.BuiltIn), PathId.FullFineTune, detailed: true);

        // §3.1: D = n_examples · tokens_per_example · epochs = 50,000 × 300 (classification) × 3.
        const double tokens = 50_000 * 300 * 3.0;
        // H = k·N·D / (U·P·3600): k = 8 (full FT with activation recompute), U = 0.30, P = 989 TFLOP/s (H100 BF16).
        var hours = 8 * e.TrainedParameters * tokens / (0.30 * 989e12 * 3600);
        // C_train = H · p_gpu · n_iter: $2.75 per H100-hour, 3 runs.
        var compute = hours * 2.75 * 3;

        Assert.Equal(hours, e.GpuHoursPerRun, 9);
        Assert.Equal(compute, e.Compute.P50, 6);
        Assert.Contains(e.Assumptions, a => a.Name == "Training tokens per run" && a.Value == tokens);
    }

    [Theory]
    [InlineData(PathId.Peft)]
    [InlineData(PathId.RagPeft)]
    [InlineData(PathId.FullFineTune)]
    public void Estimate_TrainingPath_ListsTheTokensPerExampleWithItsSource(PathId path)
    {
        var e = PathEstimator.Estimate(new EstimationContext(Classification, PriceBook.BuiltIn), path, detailed: true);

        var length = Assert.Single(e.Assumptions, a => a.Name.StartsWith("Tokens per training example", StringComparison.Ordinal));
        Assert.Equal((300, "tokens"), (length.Value, length.Unit));
        Assert.Contains("examples × tokens per example × epochs", length.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainingExamples_FewNoisyLabels_TrainsOnThemPlusTheOnesLabelledToReachTheTarget()
    {
        // 10,000 noisy examples are worth 80 clean ones (seed 002): 1,920 more are labelled to reach the 2,000 target.
        var noisy = Classification with { LabeledExamples = 10_000, DataQuality = DataQuality.Noisy };
        var ctx = new EstimationContext(noisy, PriceBook.BuiltIn);

        var examples = PathEstimator.TrainingExamples(ctx, PathEstimator.LabelingTarget(ctx, PathId.FullFineTune));

        Assert.Equal(10_000 + 1_920, examples, 6);
    }
}
