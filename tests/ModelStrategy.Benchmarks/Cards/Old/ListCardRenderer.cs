using ModelStrategy.Channels.Teams.Cards;
using System.Globalization;
using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;
using static ModelStrategy.Benchmarks.Cards.Old.AdaptiveElements;

namespace ModelStrategy.Benchmarks.Cards.Old;

/// <summary>The cards that list things about recommendations: compare, assumptions and history.</summary>
internal static class ListCardRenderer
{
    public static JsonObject Comparison(ComparisonCard card, ReportLinks links)
    {
        List<JsonNode> body =
        [
            Heading("How the paths compare", size: "Large", spacing: null),
            Text($"Recommended: **{card.ChosenName}**. Longer bars fit your answers better.", spacing: "Small"),
            .. ScoreBars.Render(card.Scores),
            .. RecommendationSections.Alternatives(card.Alternatives),
        ];
        return AdaptiveCardRenderer.Root($"How the paths compare: {card.ChosenName} is recommended.", body, ReportLink(links, card.ReportPath));
    }

    public static JsonObject Assumptions(AssumptionsCard card, ReportLinks links)
    {
        List<JsonNode> body = [Heading("Assumptions behind this recommendation", size: "Large", spacing: null)];
        body.AddRange(card.Items.Count == 0
            ? [Text("Nothing was assumed: every answer came from you.", spacing: "Small")]
            : RecommendationSections.AssumptionFacts(card.Items));
        return AdaptiveCardRenderer.Root("Assumptions behind this recommendation.", body, ReportLink(links, card.ReportPath));
    }

    /// <summary>Newest first; each path name links to its full report when a public base URL is known.</summary>
    public static JsonObject History(HistoryCard card, ReportLinks links)
    {
        List<JsonNode> body = [Heading("Recent recommendations", size: "Large", spacing: null)];
        if (card.Items.Count == 0)
        {
            body.Add(Text("No recommendations here yet.", spacing: "Small"));
        }

        foreach (var item in card.Items)
        {
            var name = links.For(item.ReportPath) is { } url ? $"[{item.PathName}]({url.AbsoluteUri})" : item.PathName;
            var when = item.CreatedAt.ToUniversalTime().ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
            body.Add(Container(
            [
                Text(name, weight: "Bolder"),
                Text(item.Summary, spacing: "None"),
                Text($"{item.ByName} · {when}", size: "Small", subtle: true, spacing: "None"),
            ], spacing: "Medium"));
        }

        return AdaptiveCardRenderer.Root($"Recent recommendations: {card.Items.Count}.", body);
    }

    /// <summary>"Open full report" for a card about one stored recommendation; nothing without a public base URL.</summary>
    private static IEnumerable<JsonNode> ReportLink(ReportLinks links, string reportPath) =>
        links.For(reportPath) is { } url ? [AdaptiveActions.OpenUrl(RecommendationCardRenderer.ReportTitle, url)] : [];
}
