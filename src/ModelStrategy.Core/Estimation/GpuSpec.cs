namespace ModelStrategy.Core.Estimation;

/// <summary>An accelerator: dense BF16 peak, memory, bandwidth and its dated rental price.</summary>
/// <param name="Name">Marketing name.</param>
/// <param name="PeakTflops">Dense BF16/FP16 tensor TFLOP/s (no sparsity).</param>
/// <param name="MemoryGb">Memory in GB.</param>
/// <param name="BandwidthTbPerSecond">Memory bandwidth in TB/s.</param>
/// <param name="Price">Rental price per GPU-hour.</param>
public sealed record GpuSpec(string Name, double PeakTflops, double MemoryGb, double BandwidthTbPerSecond, Figure Price)
{
    /// <summary>Peak in FLOP/s.</summary>
    public double PeakFlops => PeakTflops * 1e12;
}
