using ModelStrategy.Core.Reports;
using System.Text.Json.Nodes;
using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Teams.Tests.Cards;

/// <summary>
/// Every sample card (with and without a public base URL, and the worst-case large card) renders to the Adaptive Card
/// recorded in Golden/adaptive-cards.json, compared semantically (<see cref="GoldenJson"/>). The file was recorded from
/// the JsonObject-tree renderer, so any change of output by a rewrite shows up here.
/// </summary>
public sealed class GoldenCardTests
{
    private const string Recorded = "tests/ModelStrategy.Channels.Teams.Tests/Cards/Golden/adaptive-cards.json";

    [Fact]
    public void Render_EverySample_MatchesRecordedJson()
    {
        var different = GoldenJson.Compare(Recorded, Rendered());

        Assert.Empty(different);
    }

    private static IEnumerable<(string Name, JsonNode? Json)> Rendered()
    {
        var withoutLinks = new AdaptiveCardRenderer(ReportLinks.Under(null));
        foreach (var (name, card) in CardSamples.Cards.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            yield return (name, CardJson.Render(card));
            yield return ("nolinks-" + name, withoutLinks.Render(card));
        }

        yield return ("large-worst-case", CardJson.Render(LargeCards.WorstCase()));
        yield return ("text-with-escapes", CardJson.Render(new TextCard("Quotes \" and \\ backslash </script> & <b>\n\ttab, emoji 🚀, é", TextKind.Help, [])));
    }
}
