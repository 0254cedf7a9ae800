namespace ModelStrategy.Core.Estimation;

/// <summary>The accelerators the estimator plans with (ESTIMATION-RESEARCH.md §1.2); their prices are in the price book (§1.4).</summary>
public static class Gpus
{
    /// <summary>NVIDIA H100 SXM 80 GB.</summary>
    public static GpuSpec H100 { get; } = new("h100", "H100 80GB", 989, 80, 3.35);

    /// <summary>NVIDIA A100 80 GB.</summary>
    public static GpuSpec A100 { get; } = new("a100-80gb", "A100 80GB", 312, 80, 2.039);

    /// <summary>NVIDIA A100 40 GB (the GPU of MPT-7B and BloombergGPT).</summary>
    public static GpuSpec A100With40Gb { get; } = new("a100-40gb", "A100 40GB", 312, 40, 1.555);

    /// <summary>NVIDIA L40S 48 GB.</summary>
    public static GpuSpec L40S { get; } = new("l40s", "L40S 48GB", 362, 48, 0.864);

    /// <summary>NVIDIA A10G 24 GB (AWS g5).</summary>
    public static GpuSpec A10G { get; } = new("a10g", "A10G 24GB", 70, 24, 0.6);

    /// <summary>Every accelerator above, in this order.</summary>
    public static IReadOnlyList<GpuSpec> All { get; } = [H100, A100, A100With40Gb, L40S, A10G];
}
