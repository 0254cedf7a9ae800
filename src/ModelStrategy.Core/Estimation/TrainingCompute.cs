namespace ModelStrategy.Core.Estimation;

/// <summary>First-principles training compute: FLOPs ≈ k·N·D, GPU-hours = FLOPs / (U · peak · 3600).</summary>
internal static class TrainingCompute
{
    /// <summary>FLOPs per parameter per token for pretraining, continued pretraining and full fine-tuning.</summary>
    public const double KFull = 6;

    /// <summary>FLOPs per parameter per token with activation recomputation.</summary>
    public const double KFullRecompute = 8;

    /// <summary>FLOPs per parameter per token for LoRA/QLoRA (no weight gradients).</summary>
    public const double KLora = 4;

    /// <summary>FLOPs per token of chosen + rejected for DPO (policy 6 + reference forward 2).</summary>
    public const double KDpo = 8;

    /// <summary>Tokens a preference-tuning (DPO) run processes: pairs × (prompt + chosen + rejected) × epochs.</summary>
    public static double PreferenceTokens(double pairs, double promptTokens, double chosenTokens, double rejectedTokens, double epochs) =>
        pairs * (promptTokens + chosenTokens + rejectedTokens) * epochs;

    /// <summary>Training FLOPs.</summary>
    public static double Flops(double k, double parameters, double tokens) => k * parameters * tokens;

    /// <summary>GPU-hours for a run at the given effective utilisation.</summary>
    public static double GpuHours(double k, double parameters, double tokens, double utilisation, GpuSpec gpu)
    {
        return Flops(k, parameters, tokens) / (utilisation * gpu.PeakFlops * 3600);
    }

    /// <summary>GPU-hours as an uncertain quantity: utilisation is the uncertain input.</summary>
    public static Spread GpuHours(double k, double parameters, double tokens, Figure utilisation, GpuSpec gpu)
    {
        var median = GpuHours(k, parameters, tokens, utilisation.Value, gpu);
        // Hours are inversely proportional to utilisation: low utilisation → the high end.
        return Spread.Range(median, median * utilisation.Value / utilisation.High, median * utilisation.Value / utilisation.Low);
    }
}
