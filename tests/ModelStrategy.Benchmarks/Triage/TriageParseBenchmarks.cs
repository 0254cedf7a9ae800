using BenchmarkDotNet.Attributes;
using ModelStrategy.Core.Triage;

namespace ModelStrategy.Benchmarks.Triage;

/// <summary>
/// The triage parser alone on a realistic 600-character message and on 4,000-character adversarial inputs
/// (<see cref="TriageInputs"/>). Compare each input's median with realistic-600: the bound is five times.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(10)]
public class TriageParseBenchmarks
{
    private string _text = string.Empty;

    /// <summary>The input's name (a key of <see cref="TriageInputs.All"/>).</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "realistic-600";

    /// <summary>The input names.</summary>
    public static IEnumerable<string> Inputs => TriageInputs.All.Keys;

    [GlobalSetup]
    public void Setup() => _text = TriageInputs.All[Input];

    [Benchmark]
    public TriageResult Parse() => TriageParser.Parse(_text, TriageInputs.ReadOn);
}
