using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Decision;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Estimation.Serving;
using ModelStrategy.Core.Pricing;
using ModelStrategy.Core.Tests.Properties;

namespace ModelStrategy.Core.Tests.Decision;

/// <summary>
/// What each flip field declares about itself must hold for every candidate value: a path it says it cannot reach
/// keeps an identical estimate, and scoring rules it says do not read it give identical points and blockers.
/// </summary>
public sealed class FlipFieldDependencyProperties
{
    [Property(MaxTest = 300)]
    public Property ChangesEstimate_False_MeansTheEstimateIsIdentical() => Prop.ForAll(ConstraintsGen.Arbitrary, input =>
    {
        var constraints = ConstraintDefaults.Resolve(input).Constraints;
        var baseline = new EstimationContext(constraints, PriceBook.BuiltIn);
        var estimates = DecisionEngine.AllPaths.Select(p => PathEstimator.Estimate(baseline, p, detailed: false)).ToArray();
        var wrong = new List<string>();
        foreach (var (field, changed) in Changes(constraints))
        {
            foreach (var estimate in estimates.Where(e => !field.ChangesEstimate(changed, baseline, e)))
            {
                if (!Numbers(PathEstimator.Estimate(changed, estimate.Path, detailed: false)).Equals(Numbers(estimate)))
                {
                    wrong.Add($"{field.Field} → {estimate.Path}");
                }
            }
        }

        return (wrong.Count == 0).Label(string.Join(", ", wrong));
    });

    [Property(MaxTest = 300)]
    public Property Reads_RulesNotListed_ScoreTheSameWhateverTheValue() => Prop.ForAll(ConstraintsGen.Arbitrary, input =>
    {
        var constraints = ConstraintDefaults.Resolve(input).Constraints;
        var baseline = new EstimationContext(constraints, PriceBook.BuiltIn);
        var estimates = DecisionEngine.AllPaths.Select(p => PathEstimator.Estimate(baseline, p, detailed: false)).ToArray();
        var wrong = new List<string>();
        foreach (var (field, changed) in Changes(constraints))
        {
            foreach (var rule in Enum.GetValues<ScoreRule>().Where(r => IsSingleRule(r) && !field.Reads.HasFlag(r)))
            {
                foreach (var estimate in estimates.Where(e => Score(baseline, e, rule) != Score(changed, e, rule)))
                {
                    wrong.Add($"{field.Field} reaches {rule} for {estimate.Path}");
                }
            }
        }

        return (wrong.Count == 0).Label(string.Join(", ", wrong.Distinct()));
    });

    private static IEnumerable<(FlipField Field, EstimationContext Changed)> Changes(ResolvedConstraints constraints) =>
        from field in FlipFinder.Fields
        from candidate in field.Candidates(constraints)
        select (field, new EstimationContext(field.Set(constraints, candidate.Value), PriceBook.BuiltIn));

    private static (int Points, bool Blocked) Score(EstimationContext ctx, PathEstimate estimate, ScoreRule rule)
    {
        var sheet = new ScoreSheet(detailed: false);
        ScoringRules.Score(ctx, estimate, sheet, rule);
        return (sheet.Points, sheet.Blocked);
    }

    private static bool IsSingleRule(ScoreRule rule) => rule != ScoreRule.None && ((int)rule & ((int)rule - 1)) == 0;

    private static (Spread, Spread, Spread, Spread, Spread, Spread, ServingChoice, double, double) Numbers(PathEstimate e) =>
        (e.Compute, e.Data, e.People, e.Run, e.Timeline, e.StaffedWeeks, e.Serving, e.TrainedParameters, e.GpuHoursPerRun);
}
