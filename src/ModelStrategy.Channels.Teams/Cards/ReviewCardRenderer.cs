using System.Text.Json;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Reports;
using static ModelStrategy.Channels.Teams.Cards.AdaptiveCardRenderer;

namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>
/// A review that came due: the title, who asked for it, the verdict (in attention color when something moved), path,
/// cost and time to launch then and now as facts, the prices behind them, the questions for the team, and the buttons
/// (the new full report, then the card's commands) in rows of <see cref="RecommendationCardRenderer.ButtonsPerRow"/>.
/// </summary>
internal static class ReviewCardRenderer
{
    public static void Write(Utf8JsonWriter w, ReviewCard card, ReportLinks links)
    {
        StartCard(w, $"{card.Title}. {card.Verdict}");
        w.Heading(card.Title, size: "Large", spacing: null);
        w.Text(card.Intro, spacing: "Small");
        w.Text(card.Verdict, weight: "Bolder", color: card.Changed ? "Attention" : "Accent", spacing: "Medium");
        w.StartFactSet(spacing: "Small");
        foreach (var change in card.Changes)
        {
            w.Fact(change.Label, change.Changed ? $"{change.Before} → {change.After}" : $"{change.After} (as before)");
        }

        w.EndItems();
        w.Heading("Prices behind it", size: "Default");
        if (card.PriceChanges.Count == 0)
        {
            w.Text("No price or figure behind the estimate changed.", spacing: "Small");
        }

        w.Bullets(card.PriceChanges);
        if (card.Prices is { } prices)
        {
            w.Text(prices, size: "Small", subtle: true, spacing: "Small");
        }

        w.Heading("What may have changed on your side?", size: "Default");
        w.Bullets(card.Questions);
        Buttons(w, card, links.Report(card.ReportPath));
        EndBody(w);
        EndCard(w);
    }

    private static void Buttons(Utf8JsonWriter w, ReviewCard card, Uri? report)
    {
        var count = card.Actions.Count + (report is null ? 0 : 1);
        for (var first = 0; first < count; first += RecommendationCardRenderer.ButtonsPerRow)
        {
            w.StartActionSet(spacing: first == 0 ? "Large" : "Small");
            for (var i = first; i < Math.Min(count, first + RecommendationCardRenderer.ButtonsPerRow); i++)
            {
                if (report is not null && i == 0)
                {
                    w.OpenUrl(RecommendationCardRenderer.ReportTitle, report);
                }
                else
                {
                    w.Execute(card.Actions[i - (report is null ? 0 : 1)], card.Context, inputsOnCard: false);
                }
            }

            w.EndItems();
        }
    }
}
