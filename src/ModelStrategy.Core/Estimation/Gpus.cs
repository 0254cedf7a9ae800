namespace ModelStrategy.Core.Estimation;

/// <summary>The accelerators the estimator plans with (ESTIMATION-RESEARCH.md §1.2 and §1.4).</summary>
public static class Gpus
{
    private const string Prices = "GPU price aggregators and cloud vendors' price pages";

    /// <summary>NVIDIA H100 SXM 80 GB.</summary>
    public static GpuSpec H100 { get; } = new("H100 80GB", 989, 80, 3.35,
        new Figure("H100 price", 2.75, 1.8, 4.0, "USD/GPU-hour", Prices, "2026-05", "C"));

    /// <summary>NVIDIA A100 80 GB.</summary>
    public static GpuSpec A100 { get; } = new("A100 80GB", 312, 80, 2.039,
        new Figure("A100 80GB price", 1.5, 0.8, 2.5, "USD/GPU-hour", Prices, "2026-05", "C"));

    /// <summary>NVIDIA A100 40 GB (the GPU of MPT-7B and BloombergGPT).</summary>
    public static GpuSpec A100With40Gb { get; } = new("A100 40GB", 312, 40, 1.555,
        new Figure("A100 40GB price", 1.2, 0.7, 2.0, "USD/GPU-hour", Prices, "2026-05", "C"));

    /// <summary>NVIDIA L40S 48 GB.</summary>
    public static GpuSpec L40S { get; } = new("L40S 48GB", 362, 48, 0.864,
        new Figure("L40S price", 1.2, 0.7, 2.25, "USD/GPU-hour", "modal.com L40S price article", "2025-08", "B"));

    /// <summary>NVIDIA A10G 24 GB (AWS g5).</summary>
    public static GpuSpec A10G { get; } = new("A10G 24GB", 70, 24, 0.6,
        new Figure("A10G price", 1.0, 0.7, 1.3, "USD/GPU-hour", "AWS g5.xlarge on-demand (us-east-1)", "2026-06", "C"));
}
