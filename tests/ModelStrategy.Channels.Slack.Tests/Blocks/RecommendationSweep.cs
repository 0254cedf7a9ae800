using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.DependencyInjection;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

/// <summary>
/// Real recommendations from Core's service over a grid of constraints (need × expertise × budget × examples × control
/// × baseline), a few per chosen path, as standalone result cards: the inputs of the limit and type checks.
/// </summary>
internal static class RecommendationSweep
{
    public const int PerPath = 3;

    private static readonly Lazy<IReadOnlyList<RecommendationCard>> Sweep = new(Build);

    public static IReadOnlyList<RecommendationCard> Cards => Sweep.Value;

    /// <summary>Project descriptions as people type them, for quick triage.</summary>
    public static IReadOnlyList<string> Projects { get; } =
    [
        .. from need in new[] { "answer questions from our wiki", "classify support tickets", "write in our brand voice", "understand legal contracts", "a coding assistant for our own language" }
           from data in new[] { "no labeled data", "300 labeled tickets", "50k labeled examples", "2 billion tokens of domain text" }
           select $"We want to {need}; {data}, budget 40k, launch in 8 weeks",
    ];

    private static List<RecommendationCard> Build()
    {
        var service = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddModelStrategyCore()
            .BuildServiceProvider()
            .GetRequiredService<RecommendationService>();
        var perPath = new Dictionary<PathId, int>();
        var cards = new List<RecommendationCard>();
        foreach (var constraints in Grid())
        {
            var recommendation = service.Recommend(constraints);
            perPath[recommendation.Path] = perPath.GetValueOrDefault(recommendation.Path) + 1;
            if (perPath[recommendation.Path] <= PerPath)
            {
                cards.Add(RecommendationCards.Standalone(recommendation, [CardAction.Of(CardActionNames.Share, "Share")]));
            }
        }

        return cards;
    }

    private static IEnumerable<ProjectConstraints> Grid() =>
        from need in Enum.GetValues<Need>()
        from expertise in new[] { MlExpertise.None, MlExpertise.Strong, MlExpertise.Research }
        from budget in new[] { 1e4, 2e5, 2e7 }
        from examples in new[] { 0, 2000, 1_000_000 }
        from control in new[] { 1, 5 }
        from baseline in new[] { Baseline.Untried, Baseline.Close, Baseline.Far }
        select new ProjectConstraints
        {
            Need = need, MlExpertise = expertise, BudgetUsd = budget, LabeledExamples = examples, Control = control, Baseline = baseline,
            DataQuality = DataQuality.Clean, DeadlineWeeks = 52, RequestsPerDay = 1e6, TaskType = TaskType.Generation,
            DomainCorpusTokens = need == Need.DomainLanguage ? 1e12 : 0, DomainNovelty = need == Need.DomainLanguage ? 5 : 1,
            DataSensitivity = control == 5 ? DataSensitivity.Sovereign : DataSensitivity.Internal,
            Governance = control == 5 ? 3 : 2,
        };
}
