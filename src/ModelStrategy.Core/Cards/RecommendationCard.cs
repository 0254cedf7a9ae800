using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Cards;

/// <summary>
/// The result as the dialog shows it, readable in ten seconds from the top and complete below: path and confidence, why,
/// pros and cons, cost and timeline with the published reference ranges, every path's score, alternatives, what would
/// change the answer and, behind a toggle, the assumptions. Shared, it becomes a <see cref="CompactRecommendationCard"/>.
/// </summary>
public sealed record RecommendationCard : Card
{
    /// <summary>What the card was rendered for; null on a shared (standalone) card.</summary>
    public CardContext? Context { get; init; }

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

    /// <summary>Assumed values that decide the answer, each with a one-click answer; shown before everything else.</summary>
    public IReadOnlyList<DecisiveLine> Decisive { get; init; } = [];

    /// <summary>Two or three reasons.</summary>
    public required IReadOnlyList<string> Why { get; init; }

#pragma warning disable CS1591 // Section contents, as labelled on the card.
    public required IReadOnlyList<string> Pros { get; init; }
    public required IReadOnlyList<string> Cons { get; init; }
#pragma warning restore CS1591

    /// <summary>12-month cost, e.g. "$18k–$45k, most likely $26k".</summary>
    public required EstimateRange Cost { get; init; }

    /// <summary>Weeks to launch (months beyond about six months).</summary>
    public required EstimateRange Timeline { get; init; }

    /// <summary>Every path's score, lightest first: the data for the comparison bars.</summary>
    public required IReadOnlyList<ScoreBar> Scores { get; init; }

    /// <summary>The runner-up first, each with why not.</summary>
    public required IReadOnlyList<AlternativeLine> Alternatives { get; init; }

    /// <summary>The nearest changes that would flip the answer, in plain words.</summary>
    public required IReadOnlyList<string> WhatWouldChange { get; init; }

    /// <summary>Which price book the cost was computed with, e.g. "Prices: book 2026-12 (as of 2026-11-30)"; null for recommendations stored before books were kept.</summary>
    public string? Prices { get; init; }

    /// <summary>What was assumed and why; shown behind a toggle.</summary>
    public required IReadOnlyList<AssumptionLine> Assumptions { get; init; }

    /// <summary>For quick triage: what was understood from the text, e.g. "deadline 6 weeks (\"launch in 6 weeks\")".</summary>
    public IReadOnlyList<string> Understood { get; init; } = [];

    /// <summary>Relative link of the full report, e.g. "/r/abc…" (the channel prefixes the public base URL).</summary>
    public required string ReportPath { get; init; }

    /// <summary>Refine, adjust, share, compare, assumptions, restart; empty on a shared card.</summary>
    public required IReadOnlyList<CardAction> Actions { get; init; }

    /// <summary>A short note above the result, e.g. which answer was adjusted.</summary>
    public string? Notice { get; init; }
}
