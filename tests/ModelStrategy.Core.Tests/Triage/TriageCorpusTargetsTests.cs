using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Core.DependencyInjection;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.TriageEvaluation;

namespace ModelStrategy.Core.Tests.Triage;

/// <summary>
/// The evaluation corpus as a regression test: both parts must keep meeting the targets (recall, precision,
/// same path as the labels as JSON). The held-out part reports totals only, never which message missed.
/// </summary>
public sealed class TriageCorpusTargetsTests
{
    private static readonly Lazy<RecommendationService> Service = new(() =>
        new ServiceCollection().AddModelStrategyCore().BuildServiceProvider().GetRequiredService<RecommendationService>());

    [Theory]
    [InlineData("tuning.jsonl")]
    [InlineData("holdout.jsonl")]
    public void CorpusPart_MeetsTheTargets(string part)
    {
        var messages = CorpusMessage.Load(Path.Combine(CorpusMessage.Folder(), part));
        var score = CorpusEvaluator.Evaluate(messages, Service.Value);

        Assert.True(messages.Count >= 60, $"{part} holds only {messages.Count} messages");
        Assert.True(ScoreTable.MeetsTargets(score), string.Create(CultureInfo.InvariantCulture,
            $"{part}: recall {score.Recall:P1}, precision {score.Precision:P1}, same path {score.PathAgreement:P1} (targets {ScoreTable.RecallTarget:P0}, {ScoreTable.PrecisionTarget:P0}, {ScoreTable.PathTarget:P0}); run tests/ModelStrategy.TriageEvaluation"));
    }
}
