namespace ModelStrategy.Core.Pricing;

/// <summary>
/// The keys of the price book's entries, as a price file names them: "group.item.market". GPU entries are
/// "gpu.{GpuSpec.Id}.{market}".
/// </summary>
public static class PriceIds
{
#pragma warning disable CS1591 // Each key names its entry; BuiltInPrices documents what each one is.
    public const string H100OnDemand = "gpu.h100.onDemand";
    public const string H100Committed = "gpu.h100.committed";
    public const string A100OnDemand = "gpu.a100-80gb.onDemand";
    public const string A100With40GbOnDemand = "gpu.a100-40gb.onDemand";
    public const string L40SOnDemand = "gpu.l40s.onDemand";
    public const string A10GOnDemand = "gpu.a10g.onDemand";
    public const string ApiFrontierInput = "api.frontier.input";
    public const string ApiFrontierOutput = "api.frontier.output";
    public const string ApiOpen8B = "api.open8b.tokens";
    public const string Embedding = "embedding.tokens";
    public const string VectorStoreMonthly = "vectorStore.monthlyMinimum";
    public const string VectorStorage = "vectorStore.storage";
    public const string Annotator = "labelling.annotator.hour";
    public const string Engineer = "labour.engineer.week";
    public const string Researcher = "labour.researcher.week";
#pragma warning restore CS1591

    /// <summary>The key of a GPU's price in a market ("onDemand" or "committed").</summary>
    public static string Gpu(string gpuId, string market) => $"gpu.{gpuId}.{market}";
}
