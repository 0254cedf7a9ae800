using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Decision;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Pricing;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Tests.Decision;

/// <summary>
/// The test oracle for <see cref="FlipFinder"/>: the same fields and candidate values, but every candidate is
/// judged the obvious way, by estimating and scoring all seven paths from scratch and choosing as the engine does.
/// Slow (a full evaluation per candidate) and therefore obviously right.
/// </summary>
internal static class StraightforwardFlipFinder
{
    public static IReadOnlyList<FlipCondition> Find(ResolvedConstraints constraints, PathId current)
    {
        var found = new List<(double Distance, FlipCondition Condition)>();
        foreach (var field in FlipFinder.Fields)
        {
            if (!field.AppliesTo(constraints))
            {
                continue;
            }

            foreach (var (value, distance) in field.Candidates(constraints))
            {
                var chosen = DecisionEngine.Choose(DecisionEngine.Evaluate(new EstimationContext(field.Set(constraints, value), PriceBook.BuiltIn), detailed: false));
                if (chosen.Path == current || !chosen.Feasible)
                {
                    continue;
                }

                var from = field.Show(field.Get(constraints));
                var to = field.Show(value);
                found.Add((distance, new FlipCondition(field.Field, from, to, chosen.Path,
                    $"{field.Label}: {to} instead of {from} → {PathCatalog.Get(chosen.Path).Name}") { ToValue = field.Wire(value) }));
                break;
            }
        }

        return [.. found.OrderBy(f => f.Distance).Take(FlipFinder.MaxConditions).Select(f => f.Condition)];
    }
}
