using System.Collections.Frozen;
using ModelStrategy.Core.Estimation;

namespace ModelStrategy.Core.Pricing;

/// <summary>
/// The prices the bot ships with (ESTIMATION-RESEARCH.md §1.4 and §1.6, labour rates to confirm): the defaults a
/// price file overlays, entry by entry. Changing one here is a release; an operator changes them in the price file.
/// </summary>
internal static class BuiltInPrices
{
    /// <summary>The built-in book's version: the month its prices were last reviewed.</summary>
    public const string Version = "2026-11";

    /// <summary>The day the built-in prices were last reviewed.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 22);

    private const string GpuPrices = "GPU price aggregators and cloud vendors' price pages";
    private const string Ask = "assumption: no public source; confirm with your team";
    private const string Nov2026 = "2026-11";

    /// <summary>Every entry, in the order a price file lists them.</summary>
    public static IReadOnlyList<PriceEntry> Entries { get; } =
    [
        new(PriceIds.H100OnDemand, new("H100 price", 2.75, 1.8, 4.0, "USD/GPU-hour", GpuPrices, "2026-05", "C")),
        new(PriceIds.H100Committed, new("H100 price, 1-year commitment", 2.2, 1.75, 3.0, "USD/GPU-hour",
            "CoreWeave long-term ≈$1.75–2.25/GPU; 1-year commitments ~47% off list", "2026-05", "C")),
        new(PriceIds.A100OnDemand, new("A100 80GB price", 1.5, 0.8, 2.5, "USD/GPU-hour", GpuPrices, "2026-05", "C")),
        new(PriceIds.A100With40GbOnDemand, new("A100 40GB price", 1.2, 0.7, 2.0, "USD/GPU-hour", GpuPrices, "2026-05", "C")),
        new(PriceIds.L40SOnDemand, new("L40S price", 1.2, 0.7, 2.25, "USD/GPU-hour", "modal.com L40S price article", "2025-08", "B")),
        new(PriceIds.A10GOnDemand, new("A10G price", 1.0, 0.7, 1.3, "USD/GPU-hour", "AWS g5.xlarge on-demand (us-east-1)", "2026-06", "C")),
        new(PriceIds.ApiFrontierInput, new("Hosted frontier API input price (GPT-4.1 class)", 2.0, 0.4, 3.0, "USD/1M tokens",
            "deploybase.ai citing OpenAI; docs.anthropic.com", "2026-03", "B")),
        new(PriceIds.ApiFrontierOutput, new("Hosted frontier API output price (GPT-4.1 class)", 8.0, 1.6, 15.0, "USD/1M tokens",
            "deploybase.ai citing OpenAI; docs.anthropic.com", "2026-03", "B")),
        new(PriceIds.ApiOpen8B, new("Hosted open 8B endpoint price (in and out)", 0.20, 0.10, 0.60, "USD/1M tokens",
            "theneuralbase.com (Together); secondaries disagree", "2026", "C")),
        new(PriceIds.Embedding, new("Embedding price (text-embedding-3-small)", 0.02, 0.01, 0.13, "USD/1M tokens",
            "embeddingcost.com citing OpenAI", "2026-07", "B")),
        new(PriceIds.VectorStoreMonthly, new("Vector database (Pinecone/Weaviate minimum tiers)", 75, 50, 150, "USD/month",
            "docs.pinecone.io; docs.weaviate.io", "2026-06", "A")),
        new(PriceIds.VectorStorage, new("Vector storage (Pinecone serverless)", 0.33, 0.25, 0.5, "USD/GB-month",
            "docs.pinecone.io; usagepricing.com", "2026-06", "A")),
        new(PriceIds.Annotator, new("Annotator cost (domain expert)", 60, 30, 120, "USD/hour", Ask, Nov2026, "U")),
        new(PriceIds.Engineer, new("Loaded cost per engineer-week", 4000, 2500, 6000, "USD/FTE-week", Ask, Nov2026, "U")),
        new(PriceIds.Researcher, new("Loaded cost per ML-researcher-week", 6000, 4000, 9000, "USD/FTE-week", Ask, Nov2026, "U")),
    ];

    /// <summary>Every entry by key.</summary>
    public static IReadOnlyDictionary<string, Figure> ById { get; } = Entries.ToFrozenDictionary(e => e.Id, e => e.Figure, StringComparer.Ordinal);
}
