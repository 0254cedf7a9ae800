using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Estimation;

/// <summary>LoRA/QLoRA, hybrid RAG + LoRA, and full fine-tuning (ESTIMATION-RESEARCH §3.3, §3.6).</summary>
internal static partial class PathEstimator
{
    /// <summary>Epochs over the supervised set.</summary>
    private const double Epochs = 3;

    /// <summary>Retraining runs per year once in production (base-model updates, drift).</summary>
    private const double RetrainsPerYear = 4;

    private static void Peft(EstimationContext ctx, PathEstimate e, bool retrieval)
    {
        Serve(ctx, e);
        var target = LabelingTarget(ctx, e.Path);
        CommonStart(ctx, e);
        Labeling(ctx, e, target);
        e.AddPhase("Data curation and formatting", Durations.OneWeek * ctx.ExpertiseFactor);
        if (retrieval)
        {
            e.AddPhase("Ingestion, chunking and index", Durations.IndexAlongsideCuration);
        }

        e.AddPhase("Evaluation set", CommonPhases.EvaluationSet(ctx, training: true));
        var perRun = TrainingRun(ctx, e, target, TrainingCompute.KLora, Figures.LoraUtilisation, Gpus.A100);
        e.AddPhase("Training and evaluation iterations", Figures.LoraRuns.Spread * Durations.LoraIteration * ctx.ExpertiseFactor);
        CommonEnd(ctx, e);
        e.Compute = perRun * Figures.LoraRuns.Spread;
        e.Assume(Figures.LoraRuns);
        e.Describe("compute", "LoRA/QLoRA training runs", e.Compute, $"{e.GpuHoursPerRun:0.#} A100-hours per run × {Figures.LoraRuns.Value} runs");
        People(ctx, e, engineers: retrieval ? 2.5 : 2);
        if (retrieval)
        {
            Embedding(ctx, e);
        }

        var retraining = perRun * RetrainsPerYear;
        var extras = retrieval ? VectorStore(ctx, e) + retraining : retraining;
        Run(ctx, e, Figures.OperationsShare.Value * (retrieval ? 2.7 : 2), extras,
            retrieval ? "Vector database and quarterly retraining" : "Quarterly retraining");
    }

    private static void FullFineTune(EstimationContext ctx, PathEstimate e)
    {
        Serve(ctx, e);
        var target = LabelingTarget(ctx, e.Path);
        CommonStart(ctx, e);
        Labeling(ctx, e, target);
        e.AddPhase("Data curation and formatting", Durations.FullFineTuneCuration * ctx.ExpertiseFactor);
        e.AddPhase("Evaluation set", CommonPhases.EvaluationSet(ctx, training: true));
        // Memory sets the bill: ~16 bytes per parameter of weights, gradients and optimiser state.
        var gpus = Math.Max(1, (int)Math.Ceiling(e.Serving.Option.Parameters * 16 / (0.9 * Gpus.H100.MemoryGb * 1e9)));
        var perRun = TrainingRun(ctx, e, target, TrainingCompute.KFullRecompute, Figures.FullFineTuneUtilisation, Gpus.H100);
        e.AddPhase("Training and evaluation iterations", Figures.FullFineTuneRuns.Spread * Durations.FullFineTuneIteration * ctx.ExpertiseFactor);
        CommonEnd(ctx, e);
        e.Compute = perRun * Figures.FullFineTuneRuns.Spread;
        e.Assume(Figures.FullFineTuneRuns);
        e.Describe("compute", "Full fine-tuning runs", e.Compute,
            $"{e.GpuHoursPerRun:0.#} H100-hours per run on ≥{gpus} GPUs (16 B/param of state) × {Figures.FullFineTuneRuns.Value} runs");
        People(ctx, e, engineers: 3);
        Run(ctx, e, Figures.OperationsShare.Value * 2.7, perRun * RetrainsPerYear, "Quarterly retraining");
    }

    /// <summary>
    /// One supervised training run's cost; records its GPU-hours on the estimate. The run trains on every labelled
    /// example supplied plus those labelled to reach <paramref name="target"/> (<see cref="TrainingExamples"/>).
    /// </summary>
    private static Spread TrainingRun(EstimationContext ctx, PathEstimate e, int target, double k, Figure utilisation, GpuSpec gpu)
    {
        var parameters = e.Serving.Option.Parameters;
        var examples = TrainingExamples(ctx, target);
        var tokens = examples * ctx.TokensPerExample * Epochs;
        var hours = TrainingCompute.GpuHours(k, parameters, tokens, utilisation, gpu);
        e.TrainedParameters = parameters;
        e.GpuHoursPerRun = hours.P50;
        e.Assume(utilisation);
        e.Assume(ctx.Prices.GpuHour(gpu));
        e.Assume(ExampleLengths.For(ctx.Constraints.TaskType));
        e.Assume("Training tokens per run", tokens, "tokens", $"{examples:N0} examples × {ctx.TokensPerExample} tokens × {Epochs} epochs");
        e.Assume("Trained model size", parameters, "parameters", "largest size that meets the latency budget");
        return hours * ctx.Prices.GpuHour(gpu).Spread;
    }

    /// <summary>Whether <paramref name="path"/> prices supervised training runs on the labelled examples (<see cref="TrainingRun"/>).</summary>
    internal static bool TrainsOnLabels(PathId path) => path is PathId.Peft or PathId.RagPeft or PathId.FullFineTune;

    /// <summary>
    /// Examples one supervised run trains on (the n_examples of D = n_examples · tokens_per_example · epochs): every
    /// labelled example supplied, plus those labelled to bring the usable ones up to <paramref name="target"/>. More
    /// labels never mean fewer training tokens.
    /// </summary>
    internal static double TrainingExamples(EstimationContext ctx, int target) =>
        ctx.Constraints.LabeledExamples + CommonPhases.MissingExamples(ctx, target);

    /// <summary>
    /// The usable labelled examples <paramref name="path"/> needs and tops up to by labelling (0 for the paths that train
    /// nothing). With <see cref="TrainingExamples"/>, the only way the need, the task and the labelled data reach an estimate.
    /// </summary>
    public static int LabelingTarget(EstimationContext ctx, PathId path) => path switch
    {
        PathId.Peft or PathId.RagPeft or PathId.ContinuedPretraining => ctx.TargetExamples(fullFineTune: false),
        PathId.FullFineTune or PathId.FromScratch => ctx.TargetExamples(fullFineTune: true),
        _ => 0,
    };

    /// <summary>Labels the examples still missing; with <paramref name="alongside"/> (pretraining, run in parallel) only what outlasts it is on the critical path.</summary>
    private static void Labeling(EstimationContext ctx, PathEstimate e, int target, Spread alongside = default)
    {
        var (weeks, cost, missing) = CommonPhases.Labeling(ctx, target);
        if (missing <= 0)
        {
            return;
        }

        if (alongside.P50 > 0)
        {
            e.AddPhase($"Labelling {missing:N0} more examples, beyond what runs alongside pretraining", Spread.Beyond(weeks, alongside), WaitingStaffing);
        }
        else
        {
            e.AddPhase($"Labelling {missing:N0} more examples", weeks, WaitingStaffing);
        }

        e.Data += cost;
        e.Assume(ctx.Prices.AnnotatorHour);
        e.Assume(Figures.AnnotationHoursPerWeek);
        e.Describe("data", $"Labelling {missing:N0} examples to reach {target:N0} usable", cost,
            $"{missing:N0} × {CommonPhases.MinutesPerExample(ctx.Constraints.TaskType)} min × ${ctx.Prices.AnnotatorHour.Value}/hour");
    }
}
