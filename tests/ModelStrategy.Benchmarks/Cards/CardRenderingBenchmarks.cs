using ModelStrategy.Core.Reports;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Benchmarks.Cards;

/// <summary>
/// Rendering the channel-neutral cards for each channel: a recommendation card (the typical scenario, with report
/// links) and the first guided question card, as an Adaptive Card (Teams) and as Block Kit (Slack). Teams writes the
/// UTF-8 JSON that goes on the wire in one pass; Slack builds its JSON tree ("…Json" also serialises it to UTF-8).
/// Target: &lt; 50 µs median.
/// </summary>
[MemoryDiagnoser]
public class CardRenderingBenchmarks
{
    private readonly AdaptiveCardRenderer _teams = new(ReportLinks.Under(CardScenarios.PublicBaseUrl.AbsoluteUri));
    private readonly BlockKitRenderer _slack = new(ReportLinks.Under(CardScenarios.PublicBaseUrl.ToString()));
    private RecommendationCard _recommendation = null!; // All set in GlobalSetup, before any benchmark runs.
    private QuestionCard _question = null!;

    [GlobalSetup]
    public void Setup()
    {
        _recommendation = CardScenarios.Recommendation();
        _question = CardScenarios.FirstQuestion();
    }

    [Benchmark(Baseline = true)]
    public byte[] TeamsRecommendation() => _teams.RenderUtf8(_recommendation);

    [Benchmark]
    public byte[] TeamsQuestion() => _teams.RenderUtf8(_question);

    [Benchmark]
    public JsonArray SlackRecommendation() => _slack.Render(_recommendation).Blocks;

    [Benchmark]
    public JsonArray SlackQuestion() => _slack.Render(_question).Blocks;

    [Benchmark]
    public byte[] SlackRecommendationJson() => JsonSerializer.SerializeToUtf8Bytes(_slack.Render(_recommendation).Blocks);
}
