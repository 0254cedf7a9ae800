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

    private static void ContinuedPretraining(EstimationContext ctx, PathEstimate e)
    {
        Serve(ctx, e);
        var parameters = e.Serving.Option.Parameters;
        var domainTokens = Math.Clamp(ctx.C.DomainCorpusTokens, 1e8, MaxContinuedPretrainingTokens);
        var tokens = domainTokens / (1 - ReplayShare);
        var hours = TrainingCompute.GpuHours(TrainingCompute.KFull, parameters, tokens, Figures.PretrainUtilisation, Gpus.H100);
        var gpus = ClusterSize(hours.P50, maxRunHours: 14 * 24, minGpus: 8, maxGpus: 256);
        e.TrainedParameters = parameters;
        e.GpuHoursPerRun = hours.P50;
        CommonStart(ctx, e);
        // GPU capacity is booked while the corpus is curated: only the longer of the two is on the critical path.
        e.AddPhase("Corpus curation, deduplication and licensing (GPU capacity booked meanwhile)",
            Longer(Spread.Range(6, 4, 12) * ctx.ExpertiseFactor, Spread.Range(2, 0.5, 8)));
        e.AddPhase("Continued-pretraining runs", hours * Figures.PretrainRuns.Spread * (1.0 / gpus / 168));
        Labeling(ctx, e, ctx.TargetExamples(fullFineTune: false));
        e.AddPhase("Instruction fine-tuning of the adapted model", Spread.Range(2, 1, 4) * ctx.ExpertiseFactor);
        e.AddPhase("Domain evaluation and regression checks", Spread.Range(2, 1, 4));
        CommonEnd(ctx, e);
        e.Compute = hours * Gpus.H100.Price.Spread * Figures.PretrainRuns.Spread;
        e.Assume(Figures.PretrainUtilisation);
        e.Assume(Figures.PretrainRuns);
        e.Assume(Gpus.H100.Price);
        e.Assume("Continued-pretraining tokens", tokens, "tokens", $"{domainTokens / 1e9:0.##}B domain tokens plus {ReplayShare:P0} general replay");
        e.Describe("compute", "Continued-pretraining runs", e.Compute,
            $"6 × {parameters / 1e9:0.#}B params × {tokens / 1e9:0.#}B tokens = {hours.P50:N0} H100-hours per run on {gpus} GPUs × {Figures.PretrainRuns.Value} runs");
        People(e, engineers: 3, researchers: 1);
        Run(ctx, e, Figures.OperationsShare.Value * 4, Spread.Zero, "Nothing else");
    }

    private static void FromScratch(EstimationContext ctx, PathEstimate e)
    {
        var tokens = Math.Clamp(ctx.C.DomainCorpusTokens, ScratchTokenFloor, ScratchTokenCeiling);
        // Compute-optimal size for the data (Chinchilla: ~20 tokens per parameter), capped by what the latency budget can serve.
        Serve(ctx, e, Math.Clamp(Math.Round(tokens / 20 / 1e9) * 1e9, 1e9, 70e9));
        var parameters = e.Serving.Option.Parameters;
        var hours = TrainingCompute.GpuHours(TrainingCompute.KFull, parameters, tokens, Figures.PretrainUtilisation, Gpus.H100);
        var gpus = ClusterSize(hours.P50, maxRunHours: 30 * 24, minGpus: 8, maxGpus: 4096);
        e.TrainedParameters = parameters;
        e.GpuHoursPerRun = hours.P50;
        CommonStart(ctx, e);
        // The cluster is procured while the data pipeline is built: only the longer is on the critical path.
        e.AddPhase("Data pipeline, tokenizer and licensing (cluster procured meanwhile)",
            Longer(Spread.Range(12, 8, 26) * ctx.ExpertiseFactor, Spread.Range(4, 2, 12)));
        var training = hours * Figures.ScratchRuns.Spread * (1.0 / gpus / 168);
        e.AddPhase("Pretraining runs", training);
        Labeling(ctx, e, ctx.TargetExamples(fullFineTune: true));
        e.AddPhase("Post-training (instruction and preference tuning)", Spread.Range(6, 3, 10) * ctx.ExpertiseFactor);
        e.AddPhase("Safety and capability evaluation (after overlapping with post-training)", Spread.Range(2, 1, 4));
        CommonEnd(ctx, e);
        var used = hours * Gpus.H100.Price.Spread * (Figures.ScratchRuns.Spread + Figures.ScratchExperimentShare.Spread);
        var ownInfrastructure = ctx.C.DataSensitivity == DataSensitivity.Sovereign || ctx.C.Control >= 4;
        // Own infrastructure means a dedicated cluster committed for the whole year, busy or not.
        var reserved = Figures.CommittedH100Price.Spread * (gpus * 8760.0);
        var dedicated = ownInfrastructure && reserved.P50 > used.P50;
        if (dedicated)
        {
            e.Assume(Figures.CommittedH100Price);
        }

        e.Compute = dedicated ? reserved : used;
        e.Assume(Figures.PretrainUtilisation);
        e.Assume(Figures.ScratchRuns);
        e.Assume(Figures.ScratchExperimentShare);
        e.Assume(Gpus.H100.Price);
        e.Assume("Pretraining tokens", tokens, "tokens", "your corpus, kept between the 200B-token floor (EleutherAI) and 2T");
        e.Describe("compute", dedicated ? $"Dedicated {gpus}-GPU cluster committed for 12 months" : "Pretraining runs, restarts and experiments", e.Compute,
            $"6 × {parameters / 1e9:0.#}B params × {tokens / 1e9:N0}B tokens = {hours.P50:N0} H100-hours per run on {gpus} GPUs");
        People(e, engineers: 2, researchers: 8);
        Run(ctx, e, 1, Spread.Zero, "Nothing else", Figures.ResearcherWeek);
    }

    private static Spread Longer(Spread a, Spread b) => a.P50 >= b.P50 ? a : b;

    private static int ClusterSize(double gpuHours, double maxRunHours, int minGpus, int maxGpus)
    {
        var needed = (int)Math.Ceiling(gpuHours / maxRunHours / 8) * 8;
        return Math.Clamp(needed, minGpus, maxGpus);
    }
}
