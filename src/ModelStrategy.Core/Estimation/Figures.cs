namespace ModelStrategy.Core.Estimation;

/// <summary>
/// The dated, sourced figures every estimate is computed from (ESTIMATION-RESEARCH.md §1 and §3).
/// Prices drift: each carries the date its source was read.
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

    /// <summary>H100 price under a one-year commitment (a dedicated cluster on own or reserved infrastructure).</summary>
    public static Figure CommittedH100Price { get; } = new("H100 price, 1-year commitment", 2.2, 1.75, 3.0, "USD/GPU-hour",
        "CoreWeave long-term ≈$1.75–2.25/GPU; 1-year commitments ~47% off list", "2026-05", "C");

    /// <summary>Loaded cost of one engineer-week.</summary>
    public static Figure EngineerWeek { get; } = new("Loaded cost per engineer-week", 4000, 2500, 6000, "USD/FTE-week", Ask, Nov2026, "U");

    /// <summary>Loaded cost of one ML-researcher-week.</summary>
    public static Figure ResearcherWeek { get; } = new("Loaded cost per ML-researcher-week", 6000, 4000, 9000, "USD/FTE-week", Ask, Nov2026, "U");

    /// <summary>Hourly cost of a domain-expert annotator.</summary>
    public static Figure AnnotatorHour { get; } = new("Annotator cost (domain expert)", 60, 30, 120, "USD/hour", Ask, Nov2026, "U");

    /// <summary>Annotation throughput of the team.</summary>
    public static Figure AnnotationHoursPerWeek { get; } = new("Annotation hours per week (whole team)", 40, 20, 80, "hours/week", Ask, Nov2026, "U");

    /// <summary>Frontier API input price.</summary>
    public static Figure ApiInputPrice { get; } = new("Hosted frontier API input price (GPT-4.1 class)", 2.0, 0.4, 3.0, "USD/1M tokens", "deploybase.ai citing OpenAI; docs.anthropic.com", "2026-03", "B");

    /// <summary>Frontier API output price.</summary>
    public static Figure ApiOutputPrice { get; } = new("Hosted frontier API output price (GPT-4.1 class)", 8.0, 1.6, 15.0, "USD/1M tokens", "deploybase.ai citing OpenAI; docs.anthropic.com", "2026-03", "B");

    /// <summary>Per-token price of hosted open 8B endpoints (LoRA adapters served serverless).</summary>
    public static Figure HostedOpenModelPrice { get; } = new("Hosted open 8B endpoint price (in and out)", 0.20, 0.10, 0.60, "USD/1M tokens", "theneuralbase.com (Together); secondaries disagree", "2026", "C");

    /// <summary>Embedding price.</summary>
    public static Figure EmbeddingPrice { get; } = new("Embedding price (text-embedding-3-small)", 0.02, 0.01, 0.13, "USD/1M tokens", "embeddingcost.com citing OpenAI", "2026-07", "B");

    /// <summary>Managed vector database monthly cost.</summary>
    public static Figure VectorStoreMonthly { get; } = new("Vector database (Pinecone/Weaviate minimum tiers)", 75, 50, 150, "USD/month", "docs.pinecone.io; docs.weaviate.io", "2026-06", "A");

    /// <summary>Vector storage price per GB-month.</summary>
    public static Figure VectorStorageGbMonth { get; } = new("Vector storage (Pinecone serverless)", 0.33, 0.25, 0.5, "USD/GB-month", "docs.pinecone.io; usagepricing.com", "2026-06", "A");

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
