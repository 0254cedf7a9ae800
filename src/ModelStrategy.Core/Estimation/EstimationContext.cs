using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Core.Estimation;

/// <summary>Numbers derived once from the constraints and shared by every path's estimate and score, and the prices they are costed at.</summary>
internal sealed class EstimationContext
{
    public EstimationContext(ResolvedConstraints constraints, PriceBook prices)
    {
        Constraints = constraints;
        Prices = prices;
        UsableExamples = constraints.LabeledExamples * QualityFactor(constraints.DataQuality);
        TokensPerExample = (int)ExampleLengths.For(constraints.TaskType).Value;
        OutputTokens = OutputTokensFor(constraints.TaskType);
        TokensBeforeUseful = constraints.TaskType == TaskType.Classification ? 5 : 1;
        ExpertiseFactor = constraints.MlExpertise switch
        {
            MlExpertise.None => 1.6,
            MlExpertise.Basic => 1.25,
            MlExpertise.Strong => 1.0,
            _ => 0.9,
        };
        ApiAllowed = constraints.DataSensitivity is DataSensitivity.Public or DataSensitivity.Internal;
        RequestsPerYear = constraints.RequestsPerDay * 365;
    }

    /// <summary>The constraints the numbers are derived from, every default filled in.</summary>
    public ResolvedConstraints Constraints { get; }

    /// <summary>The prices and rates every cost is computed with.</summary>
    public PriceBook Prices { get; }

    /// <summary>Labelled examples weighted by quality: 1,000 clean beat 10,000 noisy (seed 002).</summary>
    public double UsableExamples { get; }

    /// <summary>Tokens in one supervised training example of this task (<see cref="ExampleLengths"/>).</summary>
    public int TokensPerExample { get; }

    public int OutputTokens { get; }

    /// <summary>Tokens generated before the answer is useful: 1 when streaming, a label's worth for classification.</summary>
    public int TokensBeforeUseful { get; }

    /// <summary>Multiplier on build and training phases for the team's ML capability.</summary>
    public double ExpertiseFactor { get; }

    /// <summary>Whether a third-party API may process the data.</summary>
    public bool ApiAllowed { get; }

    public double RequestsPerYear { get; }

    /// <summary>Weight of one labelled example of this quality: 100 clean examples beat 10,000 noisy ones (seed 002).</summary>
    public static double QualityFactor(DataQuality quality) => quality switch
    {
        DataQuality.Clean => 1.0,
        DataQuality.Mixed => 0.6,
        _ => 0.008,
    };

    /// <summary>Examples a fine-tune of this kind should train on (seeds 001 and 002).</summary>
    public int TargetExamples(bool fullFineTune) => (Constraints.TaskType, fullFineTune) switch
    {
        (TaskType.Classification or TaskType.Extraction, false) => 1000,
        (TaskType.Classification or TaskType.Extraction, true) => 2000,
        (_, false) when Constraints.Need is Need.Behavior => 1000,
        (_, false) => 2000,
        (_, true) => 5000,
    };

    private static int OutputTokensFor(TaskType task) => task switch
    {
        TaskType.Classification => 10,
        TaskType.Extraction => 200,
        TaskType.Generation => 600,
        TaskType.Code => 500,
        TaskType.Agent => 800,
        _ => 300,
    };
}
