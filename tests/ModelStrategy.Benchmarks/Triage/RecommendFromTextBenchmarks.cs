using BenchmarkDotNet.Attributes;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Triage;

namespace ModelStrategy.Benchmarks.Triage;

/// <summary>
/// Quick triage: the PRODUCT.md example sentence, parsed alone and parsed then recommended. The first parse in a
/// process builds the regex automata (about 2.5 s here) and the mixed workload needs about 4 s on 2 cores before its
/// per-call time settles, so this class warms up longer than the others; the cold start is reported separately.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(20)]
public class RecommendFromTextBenchmarks
{
    private readonly RecommendationService _service = new(TimeProvider.System);
    private readonly string _text = Scenarios.QuickTriageText;

    [Benchmark(Baseline = true)]
    public Recommendation RecommendFromText() => _service.RecommendFromText(_text);

    [Benchmark]
    public TriageResult ParseOnly() => TriageParser.Parse(_text);
}
