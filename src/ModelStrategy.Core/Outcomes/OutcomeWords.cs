using ModelStrategy.Core.Formatting;

namespace ModelStrategy.Core.Outcomes;

/// <summary>Outcomes in the words the chat, history and report use.</summary>
public static class OutcomeWords
{
    /// <summary>"4–9 weeks, most likely 6 weeks, and $18k–$45k, most likely $26k (12 months)" or, for an alternative, the most likely values.</summary>
    public static string Estimate(OutcomeEstimate estimate) => $"{Weeks(estimate)} to launch and {Cost(estimate)} over 12 months";

    /// <summary>The estimated weeks to launch: the range, or "about 6 weeks" for an alternative.</summary>
    public static string Weeks(OutcomeEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return estimate is { WeeksP10: { } w10, WeeksP90: { } w90 } ? Display.DurationRange(w10, estimate.WeeksP50, w90) : "about " + Display.Duration(estimate.WeeksP50);
    }

    /// <summary>The estimated 12-month cost: the range, or "about $26k" for an alternative.</summary>
    public static string Cost(OutcomeEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return estimate is { CostP10Usd: { } c10, CostP90Usd: { } c90 } ? Display.MoneyRange(c10, estimate.CostP50Usd, c90) : "about " + Display.Money(estimate.CostP50Usd);
    }

    /// <summary>"Went with RAG (recommended)" or "Went with LoRA/QLoRA (recommended: RAG)".</summary>
    public static string Chose(OutcomeChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        return choice.TookRecommended ? $"Went with {choice.PathName} (recommended)" : $"Went with {choice.PathName} (recommended: {choice.RecommendedPathName})";
    }

    /// <summary>How the actual figures sit against the estimate, in one sentence.</summary>
    public static string Compared(OutcomeEstimate estimate, OutcomeActuals actuals)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(actuals);
        return $"Time: {Against(actuals.Weeks, estimate.WeeksP10, estimate.WeeksP50, estimate.WeeksP90)}; cost: {Against(actuals.CostUsd, estimate.CostP10Usd, estimate.CostP50Usd, estimate.CostP90Usd)}.";
    }

    private static string Against(double actual, double? p10, double p50, double? p90) =>
        p90 is { } high && actual > high ? "above the estimated range"
        : p10 is { } low && actual < low ? "below the estimated range"
        : p10 is not null ? "within the estimated range"
        : actual > p50 * 1.25 ? "well above the most likely estimate"
        : actual < p50 * 0.8 ? "well below the most likely estimate"
        : "close to the most likely estimate";
}
