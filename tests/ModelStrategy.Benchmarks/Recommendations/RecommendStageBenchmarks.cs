using BenchmarkDotNet.Attributes;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Decision;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Estimation.Serving;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Pricing;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Benchmarks.Recommendations;

/// <summary>
/// The stages of <see cref="RecommendBenchmarks.Typical"/> one at a time, each from precomputed inputs, to show where
/// the time of one recommendation goes. Not a target in itself.
/// </summary>
[MemoryDiagnoser]
public class RecommendStageBenchmarks
{
    private readonly ProjectConstraints _input = Scenarios.Typical;
    private ResolvedConstraints _resolved = null!; // All set in GlobalSetup, before any benchmark runs.
    private IReadOnlyList<DefaultedField> _defaults = null!;
    private EstimationContext _ctx = null!;
    private IReadOnlyList<PathScore> _scores = null!;
    private PathScore _chosen = null!;
    private PathScore? _runnerUp;
    private PathEstimate[] _estimates = null!;
    private DateTimeOffset _now;

    [GlobalSetup]
    public void Setup()
    {
        (_resolved, _defaults) = ConstraintDefaults.Resolve(_input);
        _ctx = new EstimationContext(_resolved, PriceBook.BuiltIn);
        _scores = DecisionEngine.Evaluate(_ctx, detailed: true);
        _chosen = DecisionEngine.Choose(_scores);
        _runnerUp = DecisionEngine.RunnerUp(_scores, _chosen);
        _estimates = [.. _scores.Select(s => s.Estimate)];
        _now = TimeProvider.System.GetUtcNow();
    }

    [Benchmark]
    public ResolvedConstraints ResolveDefaults() => ConstraintDefaults.Resolve(_input).Constraints;

    /// <summary>Estimates and scores of all seven paths, with the texts the card shows.</summary>
    [Benchmark]
    public object EvaluateDetailed() => DecisionEngine.Evaluate(_ctx, detailed: true);

    /// <summary>The same without texts: what one flip candidate would cost if every path were re-estimated.</summary>
    [Benchmark]
    public object EvaluateBrief() => DecisionEngine.Evaluate(_ctx, detailed: false);

    /// <summary>The "what would change this answer" search over every field's candidate values.</summary>
    [Benchmark]
    public IReadOnlyList<FlipCondition> FlipSearch() => FlipFinder.Find(_resolved, _chosen.Path, _estimates, PriceBook.BuiltIn);

    /// <summary>Rationale, pros, cons, risks and one why-not per alternative.</summary>
    [Benchmark]
    public int Narratives()
    {
        var count = Narrative.Rationale(_ctx, _chosen, _runnerUp).Count + Narrative.Pros(_ctx, _chosen).Count
            + Narrative.Cons(_chosen).Count + Narrative.Risks(_ctx, _chosen, _defaults, _now).Count;
        foreach (var score in _scores)
        {
            count += Narrative.WhyNot(score, _chosen).Length;
        }

        return count;
    }

    /// <summary>Serving plan, seed reference ranges and next steps of the chosen path.</summary>
    [Benchmark]
    public int Extras() => ServingPlans.Describe(_ctx, _chosen.Estimate.Serving).GetHashCode()
        + PublishedRanges.Cost(_chosen.Estimate).Count + PublishedRanges.Timeline(_chosen.Estimate).Count
        + NextSteps.For(_chosen.Path, _ctx.TargetExamples(_chosen.Path == PathId.FullFineTune)).Count;
}
