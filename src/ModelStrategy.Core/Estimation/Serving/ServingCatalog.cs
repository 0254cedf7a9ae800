namespace ModelStrategy.Core.Estimation.Serving;

/// <summary>The serving options by size class, largest (best quality) first.</summary>
internal static class ServingCatalog
{
    public static ServingOption FrontierApi { get; } = new(ServingKind.Api, "hosted frontier API (GPT-4.1 / Claude Sonnet class)", 0, null, 0, 0);

    public static ServingOption HostedOpen8B { get; } = new(ServingKind.HostedEndpoint, "open-weight 8B with adapter on a hosted endpoint", 8e9, null, 0, 0);

    public static IReadOnlyList<ServingOption[]> SelfHostedClasses { get; } =
    [
        [SelfHosted(8e9, Gpus.L40S), SelfHosted(8e9, Gpus.H100)],
        [SelfHosted(3e9, Gpus.L40S), SelfHosted(3e9, Gpus.H100)],
        [SelfHosted(1e9, Gpus.H100)],
    ];

    /// <summary>The 8B class with a hosted per-token endpoint added (LoRA adapters where a third party may process the data).</summary>
    public static ServingOption[] EightBillionWithEndpoint { get; } = [HostedOpen8B, .. SelfHostedClasses[0]];

    /// <summary>The frontier API as a class of its own.</summary>
    public static ServingOption[] FrontierApiClass { get; } = [FrontierApi];

    /// <summary>Self-hosted options for an own model of <paramref name="parameters"/>; larger ones use FP8 across H100s.</summary>
    public static ServingOption[] ForOwnModel(double parameters) => OwnModels.GetOrAdd(parameters, Create);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<double, ServingOption[]> OwnModels = new();

    private static ServingOption[] Create(double parameters)
    {
        if (parameters <= 8.5e9)
        {
            return [SelfHosted(parameters, Gpus.L40S), SelfHosted(parameters, Gpus.H100)];
        }

        var gpus = (int)Math.Ceiling(parameters * 1.0 / (0.8 * Gpus.H100.MemoryGb * 1e9));
        return [new ServingOption(ServingKind.SelfHosted, $"own {parameters / 1e9:0.#}B model (FP8)", parameters, Gpus.H100, gpus, 1)];
    }

    private static ServingOption SelfHosted(double parameters, GpuSpec gpu) =>
        new(ServingKind.SelfHosted, $"open-weight {parameters / 1e9:0.#}B", parameters, gpu, 1, 2);
}
