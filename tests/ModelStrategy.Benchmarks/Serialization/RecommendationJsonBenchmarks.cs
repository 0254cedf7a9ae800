using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Benchmarks.Serialization;

/// <summary>
/// One typical recommendation through the shared <see cref="RecommendationJson.Options"/>. A POST does this twice:
/// once to a string for the SQLite store and once into the HTTP response.
/// </summary>
[MemoryDiagnoser]
public class RecommendationJsonBenchmarks
{
    private Recommendation _typical = null!; // Set in GlobalSetup, before any benchmark runs.
    private string _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        _typical = new RecommendationService(TimeProvider.System).Recommend(Scenarios.Typical);
        _json = JsonSerializer.Serialize(_typical, RecommendationJson.Options);
    }

    /// <summary>What the store does (SqliteRecommendationStore.SaveAsync).</summary>
    [Benchmark(Baseline = true)]
    public string SerializeToString() => JsonSerializer.Serialize(_typical, RecommendationJson.Options);

    /// <summary>The response body: UTF-8 into a stream (a null stream, so only the serializer's work is timed).</summary>
    [Benchmark]
    public Recommendation SerializeToStream()
    {
        JsonSerializer.Serialize(Stream.Null, _typical, RecommendationJson.Options);
        return _typical;
    }

    /// <summary>What GET /api/recommendations/{id} does after reading the row.</summary>
    [Benchmark]
    public Recommendation? Deserialize() => JsonSerializer.Deserialize<Recommendation>(_json, RecommendationJson.Options);
}
