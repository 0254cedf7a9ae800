using System.Text.Json;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Reports;
using static ModelStrategy.Channels.Teams.Cards.AdaptiveCardRenderer;

namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>
/// The compact card, as Adaptive Card 1.3 so that the same card can be a link preview (Teams unfurls only 1.3 and earlier):
/// path and confidence, the assumptions that decide it, why, Pros and Cons, cost and timeline (and a note when a published
/// range disagrees); the rest, the published ranges first, in a hidden container that the "Details" button
/// (Action.ToggleVisibility, 1.2) shows in place; then the full report link.
/// </summary>
internal static class CompactCardRenderer
{
    /// <summary>The version every compact card keeps to.</summary>
    public const string Version = "1.3";

    /// <summary>The id of the container "Details" shows and hides.</summary>
    public const string DetailsId = "details";

    /// <summary>The title of the button that shows the details.</summary>
    public const string DetailsTitle = "Details";

    public static void Write(Utf8JsonWriter w, CompactRecommendationCard card, ReportLinks links)
    {
        StartCard(w, $"{card.PathName} ({card.ConfidenceLevel} confidence). Cost: {card.Cost.Text}. Timeline: {card.Timeline.Text}.", Version);
        w.Heading(card.PathName, size: "Large", spacing: null);
        w.Text(RecommendationCardRenderer.Confidence(card.ConfidenceLevel, card.Confidence), weight: "Bolder", color: "Accent", spacing: "Small");
        RecommendationSections.Decisive(w, [.. card.Decisive.Select(text => new DecisiveLine(text, null))], null);
        w.Bullets(card.Why);
        RecommendationSections.ProsAndCons(w, card.Pros, card.Cons);
        RecommendationSections.Estimates(w, card.Cost, card.Timeline, references: false);
        w.StartContainer(id: DetailsId, visible: card.Expanded, spacing: "Medium");
        RecommendationSections.PublishedRanges(w, card.Cost, card.Timeline);
        Details(w, card.Details);
        w.EndItems();
        EndBody(w);
        StartActions(w);
        w.Toggle(DetailsTitle, DetailsId);
        if (links.Report(card.ReportPath) is { } report)
        {
            w.OpenUrl(RecommendationCardRenderer.ReportTitle, report);
        }

        foreach (var action in card.Actions)
        {
            w.Submit(action, null);
        }

        EndActions(w);
        EndCard(w);
    }

    private static void Details(Utf8JsonWriter w, RecommendationDetails details)
    {
        if (details.MorePros.Count > 0 && details.MoreCons.Count > 0)
        {
            RecommendationSections.ProsAndCons(w, details.MorePros, details.MoreCons, more: true);
        }
        else
        {
            Listed(w, "More pros", details.MorePros);
            Listed(w, "More cons", details.MoreCons);
        }

        Listed(w, "What I understood", details.Understood);

        if (details.Scores.Count > 0)
        {
            w.Heading("How the paths compare", size: "Default");
            ScoreBars.Write(w, details.Scores);
        }

        RecommendationSections.Alternatives(w, details.Alternatives, RecommendationCardRenderer.MaxAlternatives);
        Listed(w, "What would change this", details.WhatWouldChange);

        if (details.Assumptions.Count > 0)
        {
            RecommendationSections.AssumptionFacts(w, details.Assumptions);
        }

        if (details.Prices is { } prices)
        {
            w.Text(prices, size: "Small", subtle: true, spacing: "Medium");
        }
    }

    /// <summary>A heading and its bullets; nothing when there are none.</summary>
    private static void Listed(Utf8JsonWriter w, string heading, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            w.Heading(heading, size: "Default");
            w.Bullets(items);
        }
    }
}
