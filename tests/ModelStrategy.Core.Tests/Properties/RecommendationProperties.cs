using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Tests.Properties;

public sealed class RecommendationProperties
{
    private static readonly string[] FineTunePaths = ["peft", "rag-peft", "full-fine-tune"];

    [Property(MaxTest = 150)]
    public Property Recommend_AnyConstraints_PercentilesAreOrdered() => Prop.ForAll(ConstraintsGen.Arbitrary, constraints =>
    {
        var r = TestServices.Recommend(constraints);
        return Ordered(r.Cost.P10, r.Cost.P50, r.Cost.P90)
            && Ordered(r.TimelineWeeks.P10, r.TimelineWeeks.P50, r.TimelineWeeks.P90)
            && r.Cost.Breakdown.All(c => Ordered(c.P10, c.P50, c.P90))
            && r.TimelineWeeks.Phases.All(p => Ordered(p.P10, p.P50, p.P90))
            && r.Cost.P10 > 0 && r.TimelineWeeks.P10 > 0;
    });

    [Property(MaxTest = 150)]
    public Property Recommend_MoreBudget_NeverMakesAFeasiblePathInfeasible() =>
        Prop.ForAll(ConstraintsGen.Arbitrary, Gen.Elements(1.5, 3, 10, 100.0).ToArbitrary(), (constraints, factor) =>
        {
            var resolved = ConstraintDefaults.Resolve(constraints).Constraints;
            var before = TestServices.Recommend(constraints);
            var after = TestServices.Recommend(constraints with { BudgetUsd = resolved.BudgetUsd * factor });
            return before.Paths.Where(p => p.Feasible).All(p => after.Paths.Single(a => a.Path == p.Path).Feasible);
        });

    [Property(MaxTest = 150)]
    public Property Recommend_MoreLabeledData_NeverLowersFineTuningScores() =>
        Prop.ForAll(ConstraintsGen.Arbitrary, Gen.Elements(1, 40, 300, 2000, 20_000).ToArbitrary(), (constraints, extra) =>
        {
            var resolved = ConstraintDefaults.Resolve(constraints).Constraints;
            var before = TestServices.Recommend(constraints);
            var after = TestServices.Recommend(constraints with { LabeledExamples = resolved.LabeledExamples + extra });
            return FineTunePaths.All(path => after.Scores[path] >= before.Scores[path])
                .Label($"before {Scores(before)} after {Scores(after)}");
        });

    [Property(MaxTest = 150)]
    public Property Recommend_AnyConstraints_ExplainsItself() => Prop.ForAll(ConstraintsGen.Arbitrary, constraints =>
    {
        var r = TestServices.Recommend(constraints);
        return r.Rationale.Count > 0 && r.Pros.Count > 0 && r.Cons.Count > 0 && r.Risks.Count > 0 && r.NextSteps.Count > 0
            && r.Assumptions.Count > 0 && r.Paths.Count == Enum.GetValues<PathId>().Length
            && r.Paths.All(p => p.Feasible || p.Blockers.Count > 0)
            && r.Scores.Values.All(s => s is >= 0 and <= 100)
            && r.Alternatives.All(a => !string.IsNullOrWhiteSpace(a.WhyNot));
    });

    [Property(MaxTest = 100)]
    public Property Recommend_AnyConstraints_FlipConditionsReallyFlipThePath() => Prop.ForAll(ConstraintsGen.Arbitrary, constraints =>
    {
        var r = TestServices.Recommend(constraints);
        return r.FlipConditions.All(f => f.NewPath != r.Path);
    });

    [Property(MaxTest = 100)]
    public Property Recommend_AnyConstraints_SerializesAndRoundTrips() => Prop.ForAll(ConstraintsGen.Arbitrary, constraints =>
    {
        var r = TestServices.Recommend(constraints);
        var json = System.Text.Json.JsonSerializer.Serialize(r, RecommendationJson.Options);
        var back = System.Text.Json.JsonSerializer.Deserialize<Recommendation>(json, RecommendationJson.Options)!;
        return back.Id == r.Id && back.Path == r.Path && back.Cost.P50 == r.Cost.P50 && back.Constraints == r.Constraints
            && System.Text.Json.JsonSerializer.Serialize(back, RecommendationJson.Options) == json;
    });

    private static bool Ordered(double p10, double p50, double p90) => p10 <= p50 && p50 <= p90;

    private static string Scores(Recommendation r) => string.Join(",", FineTunePaths.Select(p => $"{p}={r.Scores[p]}"));
}
