using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using ModelStrategy.Benchmarks.Conversations;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Benchmarks.Cards;

/// <summary>
/// Rendering the channel-neutral cards for each channel: a recommendation card (the typical scenario, with report
/// links) and the first guided question card, as an Adaptive Card (Teams) and as Block Kit (Slack). "Render" builds
/// the JSON tree; "RenderJson" also serialises it to the UTF-8 bytes that go on the wire. Target: &lt; 50 µs median.
/// </summary>
[MemoryDiagnoser]
public class CardRenderingBenchmarks
{
    private static readonly Uri PublicBaseUrl = new("https://bot.example.com/");
    private readonly AdaptiveCardRenderer _teams = new(PublicBaseUrl);
    private readonly BlockKitRenderer _slack = new(Options.Create(new BlockKitOptions { PublicBaseUrl = PublicBaseUrl.ToString() }));
    private RecommendationCard _recommendation = null!; // All set in GlobalSetup, before any benchmark runs.
    private QuestionCard _question = null!;

    [GlobalSetup]
    public void Setup()
    {
        _recommendation = RecommendationCards.Standalone(new RecommendationService(TimeProvider.System).Recommend(Scenarios.Typical));
        var folder = Directory.CreateTempSubdirectory("modelstrategy-bench-").FullName;
        try
        {
            using var bench = new DialogBench(folder);
            var reply = bench.Engine.HandleAsync(bench.Text(bench.NewKey(), "start"), CancellationToken.None).GetAwaiter().GetResult();
            _question = reply.Cards.OfType<QuestionCard>().Single();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Benchmark(Baseline = true)]
    public JsonObject TeamsRecommendation() => _teams.Render(_recommendation);

    [Benchmark]
    public JsonObject TeamsQuestion() => _teams.Render(_question);

    [Benchmark]
    public JsonArray SlackRecommendation() => _slack.Render(_recommendation).Blocks;

    [Benchmark]
    public JsonArray SlackQuestion() => _slack.Render(_question).Blocks;

    [Benchmark]
    public byte[] TeamsRecommendationJson() => JsonSerializer.SerializeToUtf8Bytes(_teams.Render(_recommendation));

    [Benchmark]
    public byte[] SlackRecommendationJson() => JsonSerializer.SerializeToUtf8Bytes(_slack.Render(_recommendation).Blocks);
}
