namespace ModelStrategy.Core.Estimation;

/// <summary>
/// The dated, sourced figures every estimate is computed from apart from prices (ESTIMATION-RESEARCH.md §1 and §3):
/// utilisation, run counts, throughput and latency. Prices and rates are in the price book (<see cref="Pricing.PriceBook"/>).
/// </summary>
public static class Figures
{
    private const string Research = "utilisation back-tested against published runs (Llama 2 7B, MPT-7B, BloombergGPT)";
    private const string Nov2026 = "2026-11";
    private const string Ask = "assumption: no public source; confirm with your team";

    /// <summary>Effective utilisation (MFU × goodput) for pretraining and continued pretraining.</summary>
    public static Figure PretrainUtilisation { get; } = new("Pretraining utilisation (MFU × goodput)", 0.35, 0.15, 0.45, "fraction", Research, Nov2026, "D");

    /// <summary>Effective utilisation for full fine-tuning.</summary>
    public static Figure FullFineTuneUtilisation { get; } = new("Full fine-tune utilisation", 0.30, 0.20, 0.45, "fraction", Research, Nov2026, "D");

    /// <summary>Effective utilisation for LoRA/QLoRA.</summary>
    public static Figure LoraUtilisation { get; } = new("LoRA/QLoRA utilisation", 0.25, 0.10, 0.35, "fraction", Research, Nov2026, "D");

    /// <summary>Training runs per LoRA project, failed and ablation runs included.</summary>
    public static Figure LoraRuns { get; } = new("LoRA training runs (incl. failed/ablation)", 4, 2, 8, "runs", Research, Nov2026, "D");

    /// <summary>Training runs per full fine-tune project.</summary>
    public static Figure FullFineTuneRuns { get; } = new("Full fine-tune runs", 3, 2, 5, "runs", Research, Nov2026, "D");

    /// <summary>Runs per continued-pretraining project.</summary>
    public static Figure PretrainRuns { get; } = new("Continued-pretraining runs", 1.5, 1.2, 3, "runs", Research, Nov2026, "D");

    /// <summary>Runs per from-scratch project (final runs, restarts included).</summary>
    public static Figure ScratchRuns { get; } = new("From-scratch final runs (restarts incl.)", 1.5, 1.2, 2, "runs", Research, Nov2026, "D");

    /// <summary>Experiment and ablation compute on top of the final from-scratch runs.</summary>
    public static Figure ScratchExperimentShare { get; } = new("From-scratch experiments and ablations", 0.5, 0.25, 1.5, "× final-run compute", "Epoch AI arXiv:2405.21015; DeepSeek-V3 excludes ablations", "2024", "B");

    /// <summary>Annotation throughput of the team.</summary>
    public static Figure AnnotationHoursPerWeek { get; } = new("Annotation hours per week (whole team)", 40, 20, 80, "hours/week", Ask, Nov2026, "U");

    /// <summary>Hosted API time to first token at P95.</summary>
    public static Figure ApiTimeToFirstTokenMs { get; } = new("Hosted API time to first token (P95)", 900, 300, 1500, "ms", "NVIDIA blog; io.net; artificialanalysis.ai methodology", "2025", "C");

    /// <summary>Retrieval latency (embed the query, search, fetch chunks).</summary>
    public static Figure RetrievalLatencyMs { get; } = new("Retrieval latency (embed + vector search)", 50, 20, 120, "ms", Ask, Nov2026, "U");

    /// <summary>Decode bandwidth utilisation.</summary>
    public static Figure DecodeBandwidthUtilisation { get; } = new("Decode memory-bandwidth utilisation (MBU)", 0.7, 0.6, 0.85, "fraction", "open-source-ai.tech glossary; johnmusgrave.com vLLM sweep", "2025", "C");

    /// <summary>Prefill compute utilisation.</summary>
    public static Figure PrefillUtilisation { get; } = new("Prefill compute utilisation", 0.5, 0.4, 0.6, "fraction", "typical prefill utilisation of inference servers on current GPUs", Nov2026, "D");

    /// <summary>Average serving utilisation of an always-on GPU.</summary>
    public static Figure ServingUtilisation { get; } = new("Serving utilisation of always-on GPUs", 0.3, 0.1, 0.6, "fraction", "typical utilisation of always-on inference GPUs", Nov2026, "D");

    /// <summary>Saturated output throughput of an 8B model on one H100 (vLLM).</summary>
    public static Figure H100Throughput8B { get; } = new("Llama 3.1 8B throughput on 1×H100 (vLLM 0.6)", 8088, 4000, 9000, "output tokens/s", "LambdaLabsML/vllm-benchmark", "2024", "A");

    /// <summary>Share of one engineer kept on the system after launch, per path (ops, re-indexing, retraining).</summary>
    public static Figure OperationsShare { get; } = new("Engineer time to operate after launch", 0.03, 0.01, 0.08, "FTE (prompting; other paths scale this)", Ask, Nov2026, "U");
}
