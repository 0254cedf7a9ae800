using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Estimation;

/// <summary>Continued pretraining and training from scratch (ESTIMATION-RESEARCH §3.4, §3.5).</summary>
internal static partial class PathEstimator
{
    /// <summary>Share of general "replay" data mixed in to guard against forgetting (Meditron).</summary>
    private const double ReplayShare = 0.1;

    /// <summary>Domain tokens beyond which continued pretraining stops adding much (Meditron used 48B).</summary>
    private const double MaxContinuedPretrainingTokens = 50e9;

    /// <summary>EleutherAI's floor: no LLM on fewer than 200B tokens.</summary>
    public const double ScratchTokenFloor = 200e9;

    private const double ScratchTokenCeiling = 2e12;

    /// <summary>
    /// The largest cluster an organisation's own pretraining runs on (BloombergGPT trained on 512 A100s, MPT-7B on 440):
    /// a bigger run takes longer rather than renting or committing a bigger cluster.
    /// </summary>
    public const int MaxScratchGpus = 512;

    private static void ContinuedPretraining(EstimationContext ctx, PathEstimate e)
    {
        Serve(ctx, e);
        var parameters = e.Serving.Option.Parameters;
        var domainTokens = Math.Clamp(ctx.Constraints.DomainCorpusTokens, 1e8, MaxContinuedPretrainingTokens);
        var tokens = domainTokens / (1 - ReplayShare);
        var (hours, gpus) = PretrainingRun(e, parameters, tokens, maxRunHours: 14 * 24, maxGpus: 256);
        CommonStart(ctx, e);
        // GPU capacity is booked while the corpus is curated: only the longer of the two is on the critical path.
        var curation = Longer(Durations.CorpusCuration * ctx.ExpertiseFactor, Durations.CapacityBooking);
        var runs = hours * Figures.PretrainRuns.Spread * (1.0 / gpus / 168);
        e.AddPhase("Corpus curation, deduplication and licensing (GPU capacity booked meanwhile)", curation);
        e.AddPhase("Continued-pretraining runs", runs);
        Labeling(ctx, e, LabelingTarget(ctx, e.Path), alongside: curation + runs);
        e.AddPhase("Instruction fine-tuning of the adapted model", Durations.TwoWeeks * ctx.ExpertiseFactor);
        e.AddPhase("Domain evaluation and regression checks", Durations.TwoWeeks);
        CommonEnd(ctx, e);
        e.Compute = hours * ctx.Prices.GpuHour(Gpus.H100).Spread * Figures.PretrainRuns.Spread;
        e.Assume(Figures.PretrainUtilisation);
        e.Assume(Figures.PretrainRuns);
        e.Assume(ctx.Prices.GpuHour(Gpus.H100));
        e.Assume("Continued-pretraining tokens", tokens, "tokens", $"{domainTokens / 1e9:0.##}B domain tokens plus {ReplayShare:P0} general replay");
        e.Describe("compute", "Continued-pretraining runs", e.Compute,
            $"6 × {parameters / 1e9:0.#}B params × {tokens / 1e9:0.#}B tokens = {hours.P50:N0} H100-hours per run on {gpus} GPUs × {Figures.PretrainRuns.Value} runs");
        People(ctx, e, engineers: 3, researchers: 1);
        Run(ctx, e, Figures.OperationsShare.Value * 4, Spread.Zero, "Nothing else");
    }

    private static void FromScratch(EstimationContext ctx, PathEstimate e)
    {
        var tokens = ScratchTokens(ctx);
        Serve(ctx, e, OwnModelParameters(ctx));
        var parameters = e.Serving.Option.Parameters;
        var (hours, gpus) = PretrainingRun(e, parameters, tokens, maxRunHours: 30 * 24, maxGpus: MaxScratchGpus);
        CommonStart(ctx, e);
        // The cluster is procured while the data pipeline is built: only the longer is on the critical path.
        var pipeline = Longer(Durations.DataPipeline * ctx.ExpertiseFactor, Durations.ClusterProcurement);
        var training = hours * Figures.ScratchRuns.Spread * (1.0 / gpus / 168);
        e.AddPhase("Data pipeline, tokenizer and licensing (cluster procured meanwhile)", pipeline);
        e.AddPhase("Pretraining runs", training);
        Labeling(ctx, e, LabelingTarget(ctx, e.Path), alongside: pipeline + training);
        e.AddPhase("Post-training (instruction and preference tuning)", Durations.PostTraining * ctx.ExpertiseFactor);
        e.AddPhase("Safety and capability evaluation (after overlapping with post-training)", Durations.TwoWeeks);
        CommonEnd(ctx, e);
        var used = hours * ctx.Prices.GpuHour(Gpus.H100).Spread * (Figures.ScratchRuns.Spread + Figures.ScratchExperimentShare.Spread);
        // Own infrastructure means a dedicated cluster committed for the whole year, busy or not.
        var reserved = ctx.Prices.CommittedH100.Spread * (gpus * 8760.0);
        var dedicated = OwnInfrastructure(ctx) && reserved.P50 > used.P50;
        if (dedicated)
        {
            e.Assume(ctx.Prices.CommittedH100);
        }

        e.Compute = dedicated ? reserved : used;
        e.Assume(Figures.PretrainUtilisation);
        e.Assume(Figures.ScratchRuns);
        e.Assume(Figures.ScratchExperimentShare);
        e.Assume(ctx.Prices.GpuHour(Gpus.H100));
        e.Assume("Pretraining tokens", tokens, "tokens", "your corpus, kept between the 200B-token floor (EleutherAI) and 2T");
        if (e.Detailed)
        {
            e.Describe("compute", dedicated ? $"Dedicated {gpus}-GPU cluster committed for 12 months" : "Pretraining runs, restarts and experiments", e.Compute,
                $"6 × {parameters / 1e9:0.#}B params × {tokens / 1e9:N0}B tokens = {hours.P50:N0} H100-hours per run on {gpus} GPUs");
        }

        People(ctx, e, engineers: 2, researchers: 8);
        Run(ctx, e, 1, Spread.Zero, "Nothing else", ctx.Prices.ResearcherWeek);
    }

    /// <summary>
    /// The size of a model trained from scratch on the corpus: compute-optimal for the data (Chinchilla: ~20 tokens
    /// per parameter) between 1B and 70B; serving may still pick a smaller one to meet the latency budget.
    /// </summary>
    public static double OwnModelParameters(EstimationContext ctx) => Math.Clamp(Math.Round(ScratchTokens(ctx) / 20 / 1e9) * 1e9, 1e9, 70e9);

    /// <summary>Whether a model trained from scratch runs on its own infrastructure (sovereign data or control 4+).</summary>
    public static bool OwnInfrastructure(EstimationContext ctx) => ctx.Constraints.DataSensitivity == DataSensitivity.Sovereign || ctx.Constraints.Control >= 4;

    private static double ScratchTokens(EstimationContext ctx) => Math.Clamp(ctx.Constraints.DomainCorpusTokens, ScratchTokenFloor, ScratchTokenCeiling);

    private static Spread Longer(Spread a, Spread b) => a.P50 >= b.P50 ? a : b;

    /// <summary>
    /// H100-hours of one next-token-prediction run (6·N·D) and the cluster, in nodes of 8, that finishes it within
    /// <paramref name="maxRunHours"/>; records both on the estimate.
    /// </summary>
    private static (Spread Hours, int Gpus) PretrainingRun(PathEstimate e, double parameters, double tokens, double maxRunHours, int maxGpus)
    {
        var hours = TrainingCompute.GpuHours(TrainingCompute.KFull, parameters, tokens, Figures.PretrainUtilisation, Gpus.H100);
        var gpus = Math.Clamp((int)Math.Ceiling(hours.P50 / maxRunHours / 8) * 8, 8, maxGpus);
        e.TrainedParameters = parameters;
        e.GpuHoursPerRun = hours.P50;
        return (hours, gpus);
    }
}
