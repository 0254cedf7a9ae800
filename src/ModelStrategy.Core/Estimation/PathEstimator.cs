using ModelStrategy.Core.Estimation.Serving;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Estimation;

/// <summary>
/// Cost and timeline of each path from first principles: training compute k·N·D, labelling, people,
/// and 12 months of serving, retrieval and operations (ESTIMATION-RESEARCH §3).
/// </summary>
internal static partial class PathEstimator
{
    private const double WeeksPerYear = 52;

    /// <summary>Share of the team busy while waiting on approvals, reviews, labelling or hardware.</summary>
    private const double WaitingStaffing = 0.25;

    public static PathEstimate Estimate(EstimationContext ctx, PathId path, bool detailed) => Fill(ctx, new PathEstimate(path, detailed));

    /// <summary>A brief estimate of <paramref name="path"/> written into <paramref name="scratch"/>, which is returned.</summary>
    public static PathEstimate EstimateInto(EstimationContext ctx, PathId path, PathEstimate scratch)
    {
        scratch.Restart(path);
        return Fill(ctx, scratch);
    }

    /// <summary>How <paramref name="path"/> is served under <paramref name="ctx"/>: the <see cref="PathEstimate.Serving"/> its estimate gets.</summary>
    public static ServingChoice ServingFor(EstimationContext ctx, PathId path) =>
        ServingPlanner.Plan(ctx, path, path == PathId.FromScratch ? OwnModelParameters(ctx) : 0);

    private static PathEstimate Fill(EstimationContext ctx, PathEstimate e)
    {
        switch (e.Path)
        {
            case PathId.Prompting:
                Prompting(ctx, e);
                break;
            case PathId.Rag:
                Rag(ctx, e);
                break;
            case PathId.Peft:
                Peft(ctx, e, retrieval: false);
                break;
            case PathId.RagPeft:
                Peft(ctx, e, retrieval: true);
                break;
            case PathId.FullFineTune:
                FullFineTune(ctx, e);
                break;
            case PathId.ContinuedPretraining:
                ContinuedPretraining(ctx, e);
                break;
            default:
                FromScratch(ctx, e);
                break;
        }

        return e;
    }

    private static void CommonStart(EstimationContext ctx, PathEstimate e, double accessShare = 1)
    {
        e.AddPhase("Data access and approvals", CommonPhases.DataAccess(ctx) * accessShare, WaitingStaffing);
    }

    private static void CommonEnd(EstimationContext ctx, PathEstimate e)
    {
        e.AddPhase("Security and governance review", CommonPhases.Review(ctx), WaitingStaffing);
        e.AddPhase("Pilot and canary rollout", CommonPhases.Pilot(ctx), 0.5);
    }

    private static void People(EstimationContext ctx, PathEstimate e, double engineers, double researchers = 0)
    {
        var engineerCost = e.StaffedWeeks * ctx.Prices.EngineerWeek.Spread * engineers;
        var researcherCost = researchers > 0 ? e.StaffedWeeks * ctx.Prices.ResearcherWeek.Spread * researchers : Spread.Zero;
        e.People = engineerCost + researcherCost;
        e.Assume(ctx.Prices.EngineerWeek);
        if (researchers > 0)
        {
            e.Assume(ctx.Prices.ResearcherWeek);
        }

        if (!e.Detailed)
        {
            return;
        }

        e.Describe("people", "Team time to launch", e.People, researchers > 0
            ? $"{engineers:0.#} engineers and {researchers:0.#} ML researchers for {e.StaffedWeeks.P50:0.#} staffed weeks (approvals and reviews count at {WaitingStaffing:P0})"
            : $"{engineers:0.#} engineers for {e.StaffedWeeks.P50:0.#} staffed weeks (approvals and reviews count at {WaitingStaffing:P0})");
    }

    private static void Run(EstimationContext ctx, PathEstimate e, double operationsFte, Spread extras, string extrasLabel, Figure? operationsRate = null)
    {
        var rate = operationsRate ?? ctx.Prices.EngineerWeek;
        var operations = rate.Spread * (operationsFte * WeeksPerYear);
        e.Run = e.Serving.AnnualCost + operations + extras;
        e.Assume(Figures.OperationsShare);
        if (!e.Detailed)
        {
            return;
        }

        e.Describe("run", $"Serving for 12 months ({e.Serving.Option.Model}, {e.Serving.Option.Hosting})", e.Serving.AnnualCost,
            ServingBasis(ctx, e.Serving));
        e.Describe("run", "Operations for 12 months (monitoring, updates, incidents)", operations,
            $"{operationsFte:0.##} FTE × 52 weeks × ${rate.Value:N0}/week");
        e.Describe("run", extrasLabel, extras, extrasLabel);
    }

    private static string ServingBasis(EstimationContext ctx, ServingChoice serving) => serving.Option.Kind switch
    {
        ServingKind.SelfHosted => $"{serving.Gpus}× {serving.Option.Gpu!.Name} always on × ${ctx.Prices.GpuHour(serving.Option.Gpu).Value:0.##}/GPU-hour × 8,760 h",
        _ => $"{ctx.Constraints.RequestsPerDay:N0} requests/day × 365 at per-token prices",
    };

    private static void Serve(EstimationContext ctx, PathEstimate e, double ownModelParameters = 0)
    {
        e.Serving = ServingPlanner.Plan(ctx, e.Path, ownModelParameters);
        if (e.Serving.Option.Gpu is { } gpu)
        {
            e.Assume(ctx.Prices.GpuHour(gpu));
            e.Assume(Figures.ServingUtilisation);
            e.Assume(Figures.H100Throughput8B);
            e.Assume(Figures.DecodeBandwidthUtilisation);
            e.Assume(Figures.PrefillUtilisation);
        }
        else if (e.Serving.Option.Kind == ServingKind.Api)
        {
            e.Assume(ctx.Prices.ApiInput);
            e.Assume(ctx.Prices.ApiOutput);
            e.Assume(Figures.ApiTimeToFirstTokenMs);
        }
        else
        {
            e.Assume(ctx.Prices.HostedOpenModel);
        }
    }
}
