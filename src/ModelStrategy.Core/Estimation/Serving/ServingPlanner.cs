using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Estimation.Serving;

/// <summary>
/// Picks how a path is served. Sensitivity decides where it may run (API or own GPUs); the latency budget
/// decides the largest model size that fits; only then does cost choose between options of that size.
/// </summary>
internal static class ServingPlanner
{
    /// <summary>Hours in a year.</summary>
    private const double HoursPerYear = 8760;

    /// <summary>Above this yearly API bill, self-hosting an 8B model at half the cost is preferred (§3.7 break-even).</summary>
    private const double ApiCostFloorUsd = 24_000;

    private static readonly double[] SmallerOwnModels = [8e9, 3e9, 1e9];

    public static int PromptTokens(PathId path) => path switch
    {
        PathId.Prompting => 1100,
        PathId.Rag => 3100,
        PathId.RagPeft => 2600,
        _ => 400,
    };

    public static ServingChoice Plan(EstimationContext ctx, PathId path, double ownModelParameters = 0)
    {
        var request = new Request(ctx, PromptTokens(path), path is PathId.Rag or PathId.RagPeft);
        ServingChoice? fastest = null;
        ServingChoice? chosen;
        var apiSkipped = false;
        if (path == PathId.FromScratch)
        {
            chosen = TryClass(request, ServingCatalog.ForOwnModel(ownModelParameters), ref fastest);
            foreach (var parameters in SmallerOwnModels)
            {
                if (chosen is not null)
                {
                    break;
                }

                chosen = parameters < ownModelParameters ? TryClass(request, ServingCatalog.ForOwnModel(parameters), ref fastest) : null;
            }

            return chosen ?? (fastest!.Value with { Feasible = false });
        }

        if (ctx.ApiAllowed && path is PathId.Prompting or PathId.Rag)
        {
            var api = TryClass(request, ServingCatalog.FrontierApiClass, ref fastest);
            if (api is { } affordable && !ApiTooExpensive(request, affordable))
            {
                return affordable;
            }

            apiSkipped = api is not null;
        }

        var classes = ServingCatalog.SelfHostedClasses;
        for (var i = 0; i < classes.Count; i++)
        {
            var options = i == 0 && ctx.ApiAllowed && path is PathId.Peft or PathId.RagPeft ? ServingCatalog.EightBillionWithEndpoint : classes[i];
            chosen = TryClass(request, options, ref fastest);
            if (chosen is not null)
            {
                return apiSkipped ? chosen.Value with { ApiSkippedForCost = true } : chosen.Value;
            }
        }

        return fastest!.Value with { Feasible = false };
    }

    /// <summary>The cheapest option of a size class that meets the latency budget, or null.</summary>
    private static ServingChoice? TryClass(in Request request, ServingOption[] options, ref ServingChoice? fastest)
    {
        ServingChoice? best = null;
        foreach (var option in options)
        {
            var choice = Evaluate(request, option);
            if (fastest is null || choice.LatencyMs < fastest.Value.LatencyMs)
            {
                fastest = choice;
            }

            if (choice.Feasible && (best is null || choice.AnnualCost.P50 < best.Value.AnnualCost.P50))
            {
                best = choice;
            }
        }

        return best;
    }

    private static ServingChoice Evaluate(in Request request, ServingOption option)
    {
        var ctx = request.Context;
        var latency = LatencyModel.EstimateMs(option, request.PromptTokens, ctx.TokensBeforeUseful, request.Retrieval);
        var feasible = latency <= ctx.Constraints.LatencyP95Ms;
        var tokensPerYear = ctx.RequestsPerYear * (request.PromptTokens + ctx.OutputTokens);
        return option.Kind switch
        {
            ServingKind.Api => new ServingChoice(option, latency, ApiCost(ctx, request.PromptTokens), 0, feasible, false),
            ServingKind.HostedEndpoint => new ServingChoice(option, latency, ctx.Prices.HostedOpenModel.Spread * (tokensPerYear / 1e6), 0, feasible, false),
            _ => SelfHosted(ctx, option, latency, request.PromptTokens, feasible),
        };
    }

    private static Spread ApiCost(EstimationContext ctx, int promptTokens)
    {
        var (input, output) = (ctx.Prices.ApiInput, ctx.Prices.ApiOutput);
        var perRequest = ((promptTokens * input.Value) + (ctx.OutputTokens * output.Value)) / 1e6;
        return input.Spread * (ctx.RequestsPerYear * perRequest / input.Value);
    }

    private static ServingChoice SelfHosted(EstimationContext ctx, ServingOption option, double latency, int promptTokens, bool feasible)
    {
        var gpu = option.Gpu!;
        // Saturated throughput scales with bandwidth and inversely with model bytes (anchor: 8B on H100).
        var perReplica = Figures.H100Throughput8B.Value * (8e9 * 2 / (option.Parameters * option.BytesPerParameter))
            * (gpu.BandwidthTbPerSecond / Gpus.H100.BandwidthTbPerSecond) * option.GpuCount * Figures.ServingUtilisation.Value;
        var neededTokensPerSecond = ctx.Constraints.RequestsPerDay * (ctx.OutputTokens + (0.05 * promptTokens)) / 86_400;
        var replicas = Math.Max(1, (int)Math.Ceiling(neededTokensPerSecond / perReplica));
        var gpus = replicas * option.GpuCount;
        return new ServingChoice(option, latency, ctx.Prices.GpuHour(gpu).Spread * (gpus * HoursPerYear), gpus, feasible, false);
    }

    /// <summary>True when an always-on self-hosted 8B model that meets the budget costs less than half the API bill.</summary>
    private static bool ApiTooExpensive(in Request request, ServingChoice api)
    {
        if (api.AnnualCost.P50 <= ApiCostFloorUsd)
        {
            return false;
        }

        ServingChoice? ignored = null;
        var selfHosted = TryClass(request, ServingCatalog.SelfHostedClasses[0], ref ignored);
        return selfHosted is { } own && own.AnnualCost.P50 * 2 < api.AnnualCost.P50;
    }

    private readonly record struct Request(EstimationContext Context, int PromptTokens, bool Retrieval);
}
