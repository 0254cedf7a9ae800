using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Cards;

/// <summary>
/// A recommendation as it is shared: a ten-second read on top (path and confidence, the assumptions that decide it, two or
/// three reasons, Pros and Cons, cost and timeline with their ranges) and everything else behind "Details"
/// (<see cref="Details"/>), plus the link to the full report. Shared cards, link previews and the results of triage from
/// a message use it; the dialog's own result card stays <see cref="RecommendationCard"/>.
/// </summary>
public sealed record CompactRecommendationCard : Card
{
    /// <summary>Pros (and cons) shown on top; the rest are details.</summary>
    public const int MaxListed = 3;

    /// <summary>The reasons shown on top.</summary>
    public const int MaxReasons = 3;

    /// <summary>The stored recommendation's id.</summary>
    public required string RecommendationId { get; init; }

    /// <summary>The chosen path.</summary>
    public required PathId Path { get; init; }

    /// <summary>Its common name, e.g. "Retrieval-augmented generation (RAG)".</summary>
    public required string PathName { get; init; }

    /// <summary>0–1.</summary>
    public required double Confidence { get; init; }

    /// <summary>"high", "medium" or "low".</summary>
    public required string ConfidenceLevel { get; init; }

    /// <summary>The assumed values that decide the answer, in plain words (no one-click answers: a shared card has no dialog).</summary>
    public IReadOnlyList<string> Decisive { get; init; } = [];

    /// <summary>Two or three reasons.</summary>
    public required IReadOnlyList<string> Why { get; init; }

#pragma warning disable CS1591 // Section contents, as labelled on the card; at most MaxListed each, the rest in Details.
    public required IReadOnlyList<string> Pros { get; init; }
    public required IReadOnlyList<string> Cons { get; init; }
#pragma warning restore CS1591

    /// <summary>12-month cost with its range and the published ranges beside it.</summary>
    public required EstimateRange Cost { get; init; }

    /// <summary>Time to launch with its range and the published ranges beside it.</summary>
    public required EstimateRange Timeline { get; init; }

    /// <summary>What is behind "Details".</summary>
    public required RecommendationDetails Details { get; init; }

    /// <summary>Relative link of the full report, e.g. "/r/abc…" (the channel prefixes the public base URL).</summary>
    public required string ReportPath { get; init; }

    /// <summary>Buttons, e.g. Share on a preview only its asker sees; none on a shared card.</summary>
    public IReadOnlyList<CardAction> Actions { get; init; } = [];

    /// <summary>True when the card shows its details (Slack's "Details" button sends the card again with them shown).</summary>
    public bool Expanded { get; init; }

    /// <summary>The compact form of <paramref name="full"/> (its decisive assumptions without their one-click answers), with <paramref name="actions"/> as its buttons.</summary>
    /// <param name="full">A result card.</param>
    /// <param name="actions">Buttons; none by default.</param>
    public static CompactRecommendationCard From(RecommendationCard full, IReadOnlyList<CardAction>? actions = null)
    {
        ArgumentNullException.ThrowIfNull(full);
        return new()
        {
            RecommendationId = full.RecommendationId,
            Path = full.Path,
            PathName = full.PathName,
            Confidence = full.Confidence,
            ConfidenceLevel = full.ConfidenceLevel,
            Decisive = [.. full.Decisive.Select(d => d.Text)],
            Why = [.. full.Why.Take(MaxReasons)],
            Pros = [.. full.Pros.Take(MaxListed)],
            Cons = [.. full.Cons.Take(MaxListed)],
            Cost = full.Cost,
            Timeline = full.Timeline,
            Details = new RecommendationDetails(
                [.. full.Pros.Skip(MaxListed)],
                [.. full.Cons.Skip(MaxListed)],
                full.Understood,
                full.Scores,
                full.Alternatives,
                full.WhatWouldChange,
                full.Assumptions,
                full.Prices),
            ReportPath = full.ReportPath,
            Actions = actions ?? [],
        };
    }
}
