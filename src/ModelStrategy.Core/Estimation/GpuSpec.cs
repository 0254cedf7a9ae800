namespace ModelStrategy.Core.Estimation;

/// <summary>An accelerator: dense BF16 peak, memory and bandwidth. Its rental prices are in the price book.</summary>
/// <param name="Id">The accelerator's key in the price book, e.g. "h100" for "gpu.h100.onDemand".</param>
/// <param name="Name">Marketing name.</param>
/// <param name="PeakTflops">Dense BF16/FP16 tensor TFLOP/s (no sparsity).</param>
/// <param name="MemoryGb">Memory in GB.</param>
/// <param name="BandwidthTbPerSecond">Memory bandwidth in TB/s.</param>
public sealed record GpuSpec(string Id, string Name, double PeakTflops, double MemoryGb, double BandwidthTbPerSecond)
{
    /// <summary>Peak in FLOP/s.</summary>
    public double PeakFlops => PeakTflops * 1e12;
}
