using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Decision;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Pricing;
using ModelStrategy.Core.Tests.Properties;

namespace ModelStrategy.Core.Tests.Decision;

/// <summary>The optimised flip search must answer exactly as the straightforward one does, on any constraints.</summary>
public sealed class FlipFinderProperties
{
    [Property(MaxTest = 3000)]
    public Property Find_AnyConstraints_EqualsTheStraightforwardSearch() => Prop.ForAll(ConstraintsGen.Arbitrary, input =>
    {
        var constraints = ConstraintDefaults.Resolve(input).Constraints;
        var scores = DecisionEngine.Evaluate(new EstimationContext(constraints, PriceBook.BuiltIn), detailed: true);
        var chosen = DecisionEngine.Choose(scores).Path;

        var fast = FlipFinder.Find(constraints, chosen, [.. scores.Select(s => s.Estimate)], PriceBook.BuiltIn);
        var oracle = StraightforwardFlipFinder.Find(constraints, chosen);

        return fast.SequenceEqual(oracle).Label($"fast: [{string.Join("; ", fast.Select(f => f.Description))}]\noracle: [{string.Join("; ", oracle.Select(f => f.Description))}]");
    });
}
