using BenchmarkDotNet.Attributes;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Benchmarks.Recommendations;

/// <summary>One full recommendation (defaults, estimates of all paths, scores, flip search, narrative) per call.</summary>
[MemoryDiagnoser]
public class RecommendBenchmarks
{
    private readonly RecommendationService _service = new(TimeProvider.System);

    /// <summary>The headline number: typical constraints, target median &lt; 200 µs.</summary>
    [Benchmark(Baseline = true)]
    public Recommendation Typical() => _service.Recommend(Scenarios.Typical);

    [Benchmark]
    public Recommendation QuickTriageLike() => _service.Recommend(Scenarios.QuickTriageLike);

    [Benchmark]
    public Recommendation AllDefaults() => _service.Recommend(Scenarios.Empty);

    [Benchmark]
    public Recommendation FromScratchHeavy() => _service.Recommend(Scenarios.FromScratchHeavy);
}
