namespace ModelStrategy.Core.Cards;

/// <summary>
/// A review that came due: the same question asked again with today's prices and rules, what changed since the team
/// last saw it (path, cost and time-to-launch bands, the prices behind them) and what may have changed on their side.
/// </summary>
public sealed record ReviewCard : Card
{
    /// <summary>What the card was rendered for (its buttons act on the dialog); null when it stands alone.</summary>
    public CardContext? Context { get; init; }

    /// <summary>The new recommendation's id.</summary>
    public required string RecommendationId { get; init; }

    /// <summary>e.g. "Review: 3 months on".</summary>
    public required string Title { get; init; }

    /// <summary>Who asked for the review and when, and what was done.</summary>
    public required string Intro { get; init; }

    /// <summary>One sentence: what changed, or that nothing did.</summary>
    public required string Verdict { get; init; }

    /// <summary>True when the path, the cost band or the time-to-launch band changed.</summary>
    public required bool Changed { get; init; }

    /// <summary>Path, 12-month cost and time to launch, then and now.</summary>
    public required IReadOnlyList<ReviewChange> Changes { get; init; }

    /// <summary>The prices and figures behind the estimate whose value, source or date changed, in plain words.</summary>
    public required IReadOnlyList<string> PriceChanges { get; init; }

    /// <summary>Which price books were used then and now, e.g. "Prices: book 2026-11 (as of 2026-11-22) then, book 2026-12 (as of 2026-11-30) now".</summary>
    public string? Prices { get; init; }

    /// <summary>What may have changed on the team's side, as questions.</summary>
    public required IReadOnlyList<string> Questions { get; init; }

    /// <summary>Relative link of the new recommendation's full report.</summary>
    public required string ReportPath { get; init; }

    /// <summary>Adjust, compare, review again, start over; empty when the card stands alone.</summary>
    public required IReadOnlyList<CardAction> Actions { get; init; }
}

/// <summary>One line of a review: a quantity then and now.</summary>
/// <param name="Label">"Path", "12-month cost" or "Time to launch".</param>
/// <param name="Before">What the team saw then.</param>
/// <param name="After">What it is now.</param>
/// <param name="Changed">True when it moved (another path, another band).</param>
public sealed record ReviewChange(string Label, string Before, string After, bool Changed);
