using ModelStrategy.Benchmarks.Conversations;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Benchmarks.Cards;

/// <summary>The cards the rendering benchmarks render: the typical recommendation (standalone) and the first guided question.</summary>
internal static class CardScenarios
{
    public static readonly Uri PublicBaseUrl = new("https://bot.example.com/");

    public static RecommendationCard Recommendation() =>
        RecommendationCards.Standalone(new RecommendationService(TimeProvider.System).Recommend(Scenarios.Typical));

    /// <summary>The card the real engine answers "start" with (run once against a throw-away SQLite store).</summary>
    public static QuestionCard FirstQuestion()
    {
        var folder = Directory.CreateTempSubdirectory("modelstrategy-bench-").FullName;
        try
        {
            using var bench = new DialogBench(folder);
            var reply = bench.Engine.HandleAsync(bench.Text(bench.NewKey(), "start"), CancellationToken.None).GetAwaiter().GetResult();
            return reply.Cards.OfType<QuestionCard>().Single();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
