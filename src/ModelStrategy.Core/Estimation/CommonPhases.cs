using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Estimation;

/// <summary>Phases every path goes through, sized by sensitivity, governance and volume (ESTIMATION-RESEARCH §1.8, §3.2).</summary>
internal static class CommonPhases
{
    public static Spread DataAccess(EstimationContext ctx) => ctx.Constraints.DataSensitivity switch
    {
        DataSensitivity.Public => Durations.AccessPublic,
        DataSensitivity.Internal => Durations.HalfWeek,
        DataSensitivity.Confidential => Durations.OneWeek,
        _ => Durations.AccessSovereign,
    };

    /// <summary>Formal security review adds 2–3 weeks where governance is real (agilitytech.ai).</summary>
    public static Spread Review(EstimationContext ctx)
    {
        double weeks = ctx.Constraints.Governance switch
        {
            <= 1 => 0,
            2 => 1,
            3 => 2,
            4 => 3,
            _ => 4,
        };
        weeks += ctx.Constraints.DataSensitivity switch
        {
            DataSensitivity.Confidential => 0.5,
            DataSensitivity.Sovereign => 1,
            _ => 0,
        };
        return weeks <= 0 ? Spread.Zero : Spread.Range(weeks, weeks * 0.6, weeks * 1.6);
    }

    /// <summary>An evaluation set comes first; training paths always need a real one (seed 003).</summary>
    public static Spread EvaluationSet(EstimationContext ctx, bool training) =>
        !training && ctx.Constraints.Governance <= 1 ? Durations.HalfWeek : Durations.OneWeek;

    /// <summary>Canary rollout with gates; longer for regulated or high-volume flows.</summary>
    public static Spread Pilot(EstimationContext ctx) => (ctx.Constraints.Governance, ctx.Constraints.RequestsPerDay) switch
    {
        ( >= 3, _) or (_, >= 10_000) => Durations.TwoWeeks,
        ( <= 1, _) => Durations.HalfWeek,
        _ => Durations.OneWeek,
    };

    /// <summary>Minutes of expert time to write or check one example.</summary>
    public static double MinutesPerExample(TaskType task) => task switch
    {
        TaskType.Classification => 1,
        TaskType.Extraction => 3,
        TaskType.Qa => 5,
        _ => 10,
    };

    /// <summary>Usable examples short of <paramref name="target"/>: what the labelled data changes in every estimate (training paths also size their runs by it).</summary>
    public static double MissingExamples(EstimationContext ctx, int target) => Math.Max(0, target - ctx.UsableExamples);

    /// <summary>Labelling the examples that are missing to reach <paramref name="target"/>: weeks and dollars.</summary>
    public static (Spread Weeks, Spread Cost, double Missing) Labeling(EstimationContext ctx, int target)
    {
        var missing = MissingExamples(ctx, target);
        if (missing <= 0)
        {
            return (Spread.Zero, Spread.Zero, 0);
        }

        var hours = missing * MinutesPerExample(ctx.Constraints.TaskType) / 60;
        var weeks = Spread.Range(hours / Figures.AnnotationHoursPerWeek.Value,
            hours / Figures.AnnotationHoursPerWeek.High, hours / Figures.AnnotationHoursPerWeek.Low);
        return (weeks, ctx.Prices.AnnotatorHour.Spread * hours, missing);
    }
}
