using System.Globalization;
using System.Text.Json;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Reports;
using static ModelStrategy.Channels.Teams.Cards.AdaptiveCardRenderer;

namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>The cards that list things about recommendations: compare, assumptions and history.</summary>
internal static class ListCardRenderer
{
    public static void Comparison(Utf8JsonWriter w, ComparisonCard card, ReportLinks links)
    {
        StartCard(w, string.Create(CultureInfo.InvariantCulture, $"How the paths compare: {card.ChosenName} is recommended."));
        w.Heading("How the paths compare", size: "Large", spacing: null);
        w.Markdown($"Recommended: **{AdaptiveMarkdown.Escape(card.ChosenName)}**. Longer bars fit your answers better.", spacing: "Small");
        ScoreBars.Write(w, card.Scores);
        RecommendationSections.Alternatives(w, card.Alternatives);
        Prices(w, card.Prices);
        EndBody(w);
        ReportLink(w, links, card.ReportPath);
        EndCard(w);
    }

    public static void Assumptions(Utf8JsonWriter w, AssumptionsCard card, ReportLinks links)
    {
        StartCard(w, "Assumptions behind this recommendation.");
        w.Heading("Assumptions behind this recommendation", size: "Large", spacing: null);
        if (card.Items.Count == 0)
        {
            w.Text("Nothing was assumed: every answer came from you.", spacing: "Small");
        }
        else
        {
            RecommendationSections.AssumptionFacts(w, card.Items);
        }

        Prices(w, card.Prices);
        EndBody(w);
        ReportLink(w, links, card.ReportPath);
        EndCard(w);
    }

    /// <summary>Newest first; each path name links to its full report when a public base URL is known.</summary>
    public static void History(Utf8JsonWriter w, HistoryCard card, ReportLinks links)
    {
        StartCard(w, string.Create(CultureInfo.InvariantCulture, $"Recent recommendations: {card.Items.Count}."));
        w.Heading("Recent recommendations", size: "Large", spacing: null);
        if (card.Items.Count == 0)
        {
            w.Text("No recommendations here yet.", spacing: "Small");
        }

        foreach (var item in card.Items)
        {
            var name = links.Report(item.ReportPath) is { } url ? $"[{AdaptiveMarkdown.Escape(item.PathName)}]({url.AbsoluteUri})" : AdaptiveMarkdown.Escape(item.PathName);
            var when = item.CreatedAt.ToUniversalTime().ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
            w.StartContainer(spacing: "Medium");
            w.Markdown(name, weight: "Bolder");
            w.Text(item.Summary, spacing: "None");
            if (item.Outcome is { Length: > 0 } outcome)
            {
                w.Text(outcome, spacing: "None");
            }

            w.Text($"{item.ByName} · {when}", size: "Small", subtle: true, spacing: "None");
            w.EndItems();
        }

        EndBody(w);
        EndCard(w);
    }

    /// <summary>Which price book the card's numbers come from, as a small line; nothing for old recommendations.</summary>
    private static void Prices(Utf8JsonWriter w, string? prices)
    {
        if (prices is not null)
        {
            w.Text(prices, size: "Small", subtle: true, spacing: "Medium");
        }
    }

    /// <summary>"Open full report" for a card about one stored recommendation; nothing without a public base URL.</summary>
    private static void ReportLink(Utf8JsonWriter w, ReportLinks links, string reportPath)
    {
        if (links.Report(reportPath) is { } url)
        {
            StartActions(w);
            w.OpenUrl(RecommendationCardRenderer.ReportTitle, url);
            EndActions(w);
        }
    }
}
