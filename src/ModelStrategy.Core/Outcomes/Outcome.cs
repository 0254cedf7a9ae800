using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Outcomes;

/// <summary>
/// What a team did with a recommendation: the path it went with and, later, about how long it took and what it cost.
/// Kept under the recommendation's id so the estimate and the outcome can be compared.
/// </summary>
public sealed record Outcome
{
    /// <summary>The recommendation it answers.</summary>
    public required string RecommendationId { get; init; }

    /// <summary>The team it belongs to (the conversation's tenant or workspace); null: nobody's, never exported.</summary>
    public Audience? Audience { get; init; }

    /// <summary>The path the team went with; null until someone says.</summary>
    public OutcomeChoice? Choice { get; init; }

    /// <summary>What it took; null until someone says.</summary>
    public OutcomeActuals? Actuals { get; init; }
}

/// <summary>The path a team went with, and what was estimated for it when the choice was made.</summary>
/// <param name="Path">The path taken.</param>
/// <param name="PathName">Its common name.</param>
/// <param name="RecommendedPath">The path the recommendation named.</param>
/// <param name="RecommendedPathName">Its common name.</param>
/// <param name="RecommendedAt">When the recommendation was computed.</param>
/// <param name="Estimate">The estimate for the path taken.</param>
/// <param name="PriceBook">The price book version behind the estimate; null for recommendations made before books were kept.</param>
/// <param name="PriceBookAsOf">That book's as-of date.</param>
/// <param name="ByName">Who said so (shown in the chat; never exported).</param>
/// <param name="At">When.</param>
public sealed record OutcomeChoice(
    PathId Path,
    string PathName,
    PathId RecommendedPath,
    string RecommendedPathName,
    DateTimeOffset RecommendedAt,
    OutcomeEstimate Estimate,
    string? PriceBook,
    DateOnly? PriceBookAsOf,
    string ByName,
    DateTimeOffset At)
{
    /// <summary>True when the team took the recommended path.</summary>
    public bool TookRecommended => Path == RecommendedPath;
}

/// <summary>
/// The estimate for one path: weeks to launch and 12-month cost in USD. The recommended path has its full range; another
/// path only its most likely value (the recommendation keeps no range for it).
/// </summary>
public sealed record OutcomeEstimate(double? WeeksP10, double WeeksP50, double? WeeksP90, double? CostP10Usd, double CostP50Usd, double? CostP90Usd);

/// <summary>What it took, as the team remembers it.</summary>
/// <param name="Weeks">About how many weeks to launch.</param>
/// <param name="CostUsd">About what it cost in USD.</param>
/// <param name="ByName">Who said so (shown in the chat; never exported).</param>
/// <param name="At">When.</param>
public sealed record OutcomeActuals(double Weeks, double CostUsd, string ByName, DateTimeOffset At);
