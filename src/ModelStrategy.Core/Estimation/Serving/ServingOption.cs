namespace ModelStrategy.Core.Estimation.Serving;

/// <summary>One way to serve the model: hosted API, hosted open-model endpoint, or self-hosted GPUs.</summary>
/// <param name="Kind">Which of the three.</param>
/// <param name="Model">Model class shown to users.</param>
/// <param name="Parameters">Parameter count (0 for a hosted frontier API).</param>
/// <param name="Gpu">GPU when self-hosted.</param>
/// <param name="GpuCount">GPUs per replica when self-hosted.</param>
/// <param name="BytesPerParameter">2 for BF16, 1 for FP8.</param>
internal sealed record ServingOption(ServingKind Kind, string Model, double Parameters, GpuSpec? Gpu, int GpuCount, double BytesPerParameter)
{
    public string Hosting => Kind switch
    {
        ServingKind.Api => "api",
        ServingKind.HostedEndpoint => "managed",
        _ => "self-hosted",
    };

    public string Hardware => Gpu is null ? "provider-managed" : $"{GpuCount}× {Gpu.Name}";
}

/// <summary>Where inference runs.</summary>
internal enum ServingKind
{
    Api,
    HostedEndpoint,
    SelfHosted,
}
