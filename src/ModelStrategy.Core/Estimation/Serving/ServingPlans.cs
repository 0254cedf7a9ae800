using ModelStrategy.Core.Formatting;

namespace ModelStrategy.Core.Estimation.Serving;

/// <summary>Turns a serving choice into the plan users read, with the reason for its size and hosting.</summary>
internal static class ServingPlans
{
    public static ServingPlan Describe(EstimationContext ctx, ServingChoice choice)
    {
        var option = choice.Option;
        var budget = $"{ctx.Constraints.LatencyP95Ms:N0} ms";
        var note = choice switch
        {
            { Feasible: false } => $"Nothing fits the {budget} budget: the fastest option needs about {choice.LatencyMs:N0} ms.",
            { ApiSkippedForCost: true } => $"At {Display.Count(ctx.Constraints.RequestsPerDay)} requests a day, self-hosting costs less than half the API bill.",
            _ when option.Kind == ServingKind.Api => $"A hosted frontier model fits the {budget} budget and the data may be sent to a provider under its terms.",
            _ when !ctx.ApiAllowed => $"The data may not go to a third-party API, so the model runs on your own GPUs; it answers in ~{choice.LatencyMs:N0} ms.",
            _ when option.Kind == ServingKind.HostedEndpoint => "At this volume a hosted endpoint billed per token costs less than an always-on GPU.",
            _ => $"The largest model that answers within {budget} (~{choice.LatencyMs:N0} ms) on the cheapest GPU that achieves it.",
        };
        return new ServingPlan(option.Model, option.Hosting, option.Hardware, Math.Round(choice.LatencyMs), note);
    }
}
