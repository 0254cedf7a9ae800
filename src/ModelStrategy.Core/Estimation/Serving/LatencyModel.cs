namespace ModelStrategy.Core.Estimation.Serving;

/// <summary>
/// Response latency from first principles (ESTIMATION-RESEARCH §3.8): prefill ≈ 2·N·T_in / (GPUs · peak · U),
/// decode per token ≈ weight bytes per GPU / (bandwidth · MBU), plus network and retrieval.
/// </summary>
internal static class LatencyModel
{
    private const double NetworkOverheadMs = 20;
    private const double HostedEndpointTtftMs = 400;
    private const double ApiDecodeMsPerToken = 15;

    public static double EstimateMs(ServingOption option, int promptTokens, int tokensBeforeUseful, bool retrieval)
    {
        var retrievalMs = retrieval ? Figures.RetrievalLatencyMs.Value : 0;
        var extraTokens = Math.Max(0, tokensBeforeUseful - 1);
        return option.Kind switch
        {
            ServingKind.Api => Figures.ApiTimeToFirstTokenMs.Value + retrievalMs + (extraTokens * ApiDecodeMsPerToken),
            ServingKind.HostedEndpoint => HostedEndpointTtftMs + retrievalMs + (extraTokens * ApiDecodeMsPerToken),
            _ => NetworkOverheadMs + retrievalMs + PrefillMs(option, promptTokens) + (tokensBeforeUseful * DecodeMsPerToken(option)),
        };
    }

    public static double PrefillMs(ServingOption option, int promptTokens)
    {
        var gpu = option.Gpu!;
        return 2 * option.Parameters * promptTokens / (option.GpuCount * gpu.PeakFlops * Figures.PrefillUtilisation.Value) * 1000;
    }

    public static double DecodeMsPerToken(ServingOption option)
    {
        var gpu = option.Gpu!;
        var bytesPerGpu = option.Parameters * option.BytesPerParameter / option.GpuCount;
        return bytesPerGpu / (gpu.BandwidthTbPerSecond * 1e12 * Figures.DecodeBandwidthUtilisation.Value) * 1000;
    }
}
