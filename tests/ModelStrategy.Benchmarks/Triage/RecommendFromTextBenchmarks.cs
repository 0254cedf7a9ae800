using BenchmarkDotNet.Attributes;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Triage;

namespace ModelStrategy.Benchmarks.Triage;

/// <summary>Quick triage: the PRODUCT.md example sentence, parsed alone and parsed then recommended.</summary>
[MemoryDiagnoser]
public class RecommendFromTextBenchmarks
{
    private readonly RecommendationService _service = new(TimeProvider.System);
    private readonly string _text = Scenarios.QuickTriageText;

    [Benchmark(Baseline = true)]
    public Recommendation RecommendFromText() => _service.RecommendFromText(_text);

    [Benchmark]
    public TriageResult ParseOnly() => TriageParser.Parse(_text);
}
