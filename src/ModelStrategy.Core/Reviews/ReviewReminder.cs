using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Pricing;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Reviews;

/// <summary>
/// A re-check of one recommendation, due some months after it was asked for, in the conversation it was asked in.
/// It carries what the team saw then (<see cref="Baseline"/>) and what to ask again (<see cref="Constraints"/>, <see cref="Text"/>),
/// so it does not depend on the recommendation still being stored when it comes due.
/// </summary>
public sealed record ReviewReminder
{
    /// <summary>Its id (12 characters, the same alphabet as recommendation ids).</summary>
    public required string Id { get; init; }

    /// <summary>The conversation it belongs to (<see cref="Conversations.ConversationKey.Value"/>).</summary>
    public required string ConversationKey { get; init; }

    /// <summary>Where the channel posts when it comes due, in the channel's own form (opaque to the core).</summary>
    public required string Address { get; init; }

    /// <summary>1, 3, 6 or 12.</summary>
    public required int Months { get; init; }

    /// <summary>When it was asked for.</summary>
    public required DateTimeOffset SetAt { get; init; }

    /// <summary>When it is due.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Who asked for it (display name).</summary>
    public required string SetByName { get; init; }

    /// <summary>The recommendation as the team saw it.</summary>
    public required ReviewBaseline Baseline { get; init; }

    /// <summary>The constraints to recommend for again.</summary>
    public required ProjectConstraints Constraints { get; init; }

    /// <summary>The quick-triage text it was asked with, if any (read again on the day, explicit constraints winning).</summary>
    public string? Text { get; init; }

    /// <summary>How many times it was taken up to be posted (the store counts; 0 before the first).</summary>
    public int Attempts { get; init; }
}

/// <summary>What a recommendation said: path, cost and time to launch, the price book and the figures behind it.</summary>
/// <param name="RecommendationId">The recommendation.</param>
/// <param name="CreatedAt">When it was computed.</param>
/// <param name="Path">Its path.</param>
/// <param name="PathName">The path's common name.</param>
/// <param name="Cost">12-month cost P10, P50, P90 in US dollars.</param>
/// <param name="Timeline">Weeks to launch P10, P50, P90.</param>
/// <param name="Prices">The price book it was computed with; null for recommendations older than price books.</param>
/// <param name="Figures">The sourced figures behind the estimate (prices, rates, published numbers).</param>
public sealed record ReviewBaseline(
    string RecommendationId,
    DateTimeOffset CreatedAt,
    PathId Path,
    string PathName,
    ReviewRange Cost,
    ReviewRange Timeline,
    PriceBookStamp? Prices,
    IReadOnlyList<ReviewFigure> Figures)
{
    /// <summary>The baseline of <paramref name="recommendation"/>.</summary>
    public static ReviewBaseline Of(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        var (cost, weeks) = (recommendation.Cost, recommendation.TimelineWeeks);
        return new(recommendation.Id, recommendation.CreatedAt, recommendation.Path, recommendation.PathName,
            new ReviewRange(cost.P10, cost.P50, cost.P90), new ReviewRange(weeks.P10, weeks.P50, weeks.P90), recommendation.Prices,
            ReviewFigure.Of(recommendation.Assumptions));
    }
}

/// <summary>P10, most likely and P90.</summary>
/// <param name="P10">Optimistic.</param>
/// <param name="P50">Most likely.</param>
/// <param name="P90">Pessimistic.</param>
public sealed record ReviewRange(double P10, double P50, double P90);

/// <summary>One sourced figure behind an estimate.</summary>
/// <param name="Key">What it is across books: its price book entry (e.g. "gpu.h100.onDemand"), else its name.</param>
/// <param name="Name">What it is called, e.g. "H100 price".</param>
/// <param name="Value">Its value.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Source">Where it comes from.</param>
/// <param name="AsOf">When its source was read.</param>
public sealed record ReviewFigure(string Key, string Name, double Value, string Unit, string Source, string AsOf)
{
    /// <summary>The sourced figures of <paramref name="assumptions"/> (values computed from the constraints left out), one per key.</summary>
    public static IReadOnlyList<ReviewFigure> Of(IEnumerable<Assumption> assumptions) =>
        [.. assumptions.Where(a => a.AsOf != Assumption.Computed)
            .Select(a => new ReviewFigure(a.PriceId ?? a.Name, a.Name, a.Value, a.Unit, a.Source, a.AsOf)).DistinctBy(f => f.Key, StringComparer.Ordinal)];
}
