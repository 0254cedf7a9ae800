using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Interactions;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.DependencyInjection;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

/// <summary>
/// Every message payload the renderer emits for a broad set of cards: one of each kind from the real engine (with and
/// without a public base URL), real recommendations over all chosen paths, and the edge cases.
/// </summary>
internal static class PayloadCorpus
{
    private static readonly Lazy<IReadOnlyDictionary<string, Card>> AllCards = new(() =>
    {
        var cards = new Dictionary<string, Card>(CardSamples.Cards);
        foreach (var (card, i) in RecommendationSweep.Cards.Select((c, i) => (c, i)))
        {
            cards[$"sweep-{card.Path}-{i}".ToLowerInvariant()] = card;
        }

        foreach (var (name, card) in EdgeCards.All)
        {
            cards[name] = card;
        }

        return cards;
    });

    public static IReadOnlyDictionary<string, Card> Cards => AllCards.Value;

    /// <summary>Every card rendered with the public base URL, and the samples once more without it.</summary>
    public static IEnumerable<(string Name, SlackMessageContent Message)> Messages()
    {
        var withLinks = Renderers.Create();
        var withoutLinks = Renderers.Create(publicBaseUrl: null);
        foreach (var (name, card) in Cards)
        {
            yield return (name, withLinks.Render(card));
        }

        foreach (var (name, card) in CardSamples.Cards)
        {
            yield return ("nolinks-" + name, withoutLinks.Render(card));
        }

        // A report link's preview (chat.unfurl's blocks) and the answer to "Triage this message" (its Share names the thread).
        foreach (var (name, card) in CardSamples.Cards.Where(c => c.Value is CompactRecommendationCard))
        {
            var compact = (CompactRecommendationCard)card;
            yield return ("unfurl-" + name, CompactBlocks.Render(compact, ReportLinks.Under(Renderers.BaseUrl), detailsButton: false));
            yield return ("triage-" + name, withLinks.Render(compact with { Actions = [ShareWork.InThread(compact.RecommendationId, "1515449600.000100")] }));
        }
    }

    /// <summary>The Home tab: empty, and with full lists with and without report links.</summary>
    public static IEnumerable<(string Name, JsonObject View)> HomeViews()
    {
        var service = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build()).AddModelStrategyCore()
            .BuildServiceProvider().GetRequiredService<RecommendationService>();
        List<Recommendation> many = [.. RecommendationSweep.Projects.Take(HomeView.PerList * 2).Select(text => service.RecommendFromText(text))];
        yield return ("home-empty", HomeView.Render([], [], ReportLinks.Under(Renderers.BaseUrl)));
        yield return ("home-full", HomeView.Render([.. many.Take(HomeView.PerList)], many, ReportLinks.Under(Renderers.BaseUrl)));
        yield return ("home-nolinks", HomeView.Render([.. many.Take(3)], [.. many.Take(5)], ReportLinks.Under(null)));
    }

    public static TheoryData<string> Names => [.. Cards.Keys];
}
