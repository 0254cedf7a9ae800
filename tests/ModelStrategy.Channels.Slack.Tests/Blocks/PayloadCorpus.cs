using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Core.Cards;

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
    }

    public static TheoryData<string> Names => [.. Cards.Keys];
}
