namespace ModelStrategy.Core.Decision;

/// <summary>Confidence from the margin in raw points over the runner-up and from how many inputs were defaulted.</summary>
internal static class ConfidenceModel
{
    public static double Compute(PathScore chosen, PathScore? runnerUp, int defaultedFields)
    {
        if (!chosen.Feasible)
        {
            return 0.15;
        }

        var margin = runnerUp is { Feasible: true } ? chosen.Points - runnerUp.Points : 30;
        var value = 0.5 + (Math.Min(margin, 25) * 0.02) - (defaultedFields * 0.025);
        return Math.Round(Math.Clamp(value, 0.15, 0.95), 2);
    }

    public static string Level(double confidence) => confidence switch
    {
        >= 0.75 => "high",
        >= 0.5 => "medium",
        _ => "low",
    };
}
