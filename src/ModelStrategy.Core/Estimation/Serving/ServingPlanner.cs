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

    public static int PromptTokens(PathId path) => path switch
    {
        PathId.Prompting => 1100,
        PathId.Rag => 3100,
        PathId.RagPeft => 2600,
        _ => 400,
    };

    public static ServingChoice Plan(EstimationContext ctx, PathId path, double ownModelParameters = 0)
    {
        var retrieval = path is PathId.Rag or PathId.RagPeft;
        var promptTokens = PromptTokens(path);
        ServingChoice? fastest = null;
        var apiSkipped = false;
        foreach (var options in Classes(ctx, path, ownModelParameters))
        {
            ServingChoice? best = null;
            foreach (var option in options)
            {
                var choice = Evaluate(ctx, option, promptTokens, retrieval);
                if (fastest is null || choice.LatencyMs < fastest.LatencyMs)
                {
                    fastest = choice;
                }

                if (choice.Feasible && (best is null || choice.AnnualCost.P50 < best.AnnualCost.P50))
                {
                    best = choice;
                }
            }

            if (best is null)
            {
                continue;
            }

            if (best.Option.Kind == ServingKind.Api && ApiTooExpensive(ctx, best, promptTokens, retrieval))
            {
                apiSkipped = true;
                continue;
            }

            return best with { ApiSkippedForCost = apiSkipped };
        }

        return fastest! with { Feasible = false };
    }

    private static IEnumerable<ServingOption[]> Classes(EstimationContext ctx, PathId path, double ownModelParameters)
    {
        if (path == PathId.FromScratch)
        {
            foreach (var parameters in new[] { ownModelParameters, 8e9, 3e9, 1e9 }.Where(p => p <= ownModelParameters).Distinct())
            {
                yield return ServingCatalog.ForOwnModel(parameters);
            }

            yield break;
        }

        if (ctx.ApiAllowed && path is PathId.Prompting or PathId.Rag)
        {
            yield return [ServingCatalog.FrontierApi];
        }

        var first = true;
        foreach (var options in ServingCatalog.SelfHostedClasses)
        {
            if (first && ctx.ApiAllowed && path is PathId.Peft or PathId.RagPeft)
            {
                yield return [ServingCatalog.HostedOpen8B, .. options];
            }
            else
            {
                yield return options;
            }

            first = false;
        }
    }

    private static ServingChoice Evaluate(EstimationContext ctx, ServingOption option, int promptTokens, bool retrieval)
    {
        var latency = LatencyModel.EstimateMs(option, promptTokens, ctx.TokensBeforeUseful, retrieval);
        var feasible = latency <= ctx.C.LatencyP95Ms;
        var tokensPerYear = ctx.RequestsPerYear * (promptTokens + ctx.OutputTokens);
        return option.Kind switch
        {
            ServingKind.Api => new ServingChoice(option, latency, ApiCost(ctx, promptTokens), 0, feasible, false),
            ServingKind.HostedEndpoint => new ServingChoice(option, latency, Figures.HostedOpenModelPrice.Spread * (tokensPerYear / 1e6), 0, feasible, false),
            _ => SelfHosted(ctx, option, latency, promptTokens, feasible),
        };
    }

    private static Spread ApiCost(EstimationContext ctx, int promptTokens)
    {
        var perRequest = ((promptTokens * Figures.ApiInputPrice.Value) + (ctx.OutputTokens * Figures.ApiOutputPrice.Value)) / 1e6;
        return Figures.ApiInputPrice.Spread * (ctx.RequestsPerYear * perRequest / Figures.ApiInputPrice.Value);
    }

    private static ServingChoice SelfHosted(EstimationContext ctx, ServingOption option, double latency, int promptTokens, bool feasible)
    {
        var gpu = option.Gpu!;
        // Saturated throughput scales with bandwidth and inversely with model bytes (anchor: 8B on H100).
        var perReplica = Figures.H100Throughput8B.Value * (8e9 * 2 / (option.Parameters * option.BytesPerParameter))
            * (gpu.BandwidthTbPerSecond / Gpus.H100.BandwidthTbPerSecond) * option.GpuCount * Figures.ServingUtilisation.Value;
        var neededTokensPerSecond = ctx.C.RequestsPerDay * (ctx.OutputTokens + (0.05 * promptTokens)) / 86_400;
        var replicas = Math.Max(1, (int)Math.Ceiling(neededTokensPerSecond / perReplica));
        var gpus = replicas * option.GpuCount;
        return new ServingChoice(option, latency, gpu.Price.Spread * (gpus * HoursPerYear), gpus, feasible, false);
    }

    private static bool ApiTooExpensive(EstimationContext ctx, ServingChoice api, int promptTokens, bool retrieval)
    {
        if (api.AnnualCost.P50 <= ApiCostFloorUsd)
        {
            return false;
        }

        var selfHosted = ServingCatalog.SelfHostedClasses[0]
            .Select(option => Evaluate(ctx, option, promptTokens, retrieval))
            .Where(choice => choice.Feasible)
            .Select(choice => choice.AnnualCost.P50)
            .DefaultIfEmpty(double.MaxValue)
            .Min();
        return selfHosted * 2 < api.AnnualCost.P50;
    }
}
