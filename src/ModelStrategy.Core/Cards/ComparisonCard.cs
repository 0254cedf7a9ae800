using ModelStrategy.Core.Reports;

namespace ModelStrategy.Core.Cards;

/// <summary>All paths side by side for one recommendation (the "compare" command).</summary>
/// <param name="RecommendationId">The recommendation compared.</param>
/// <param name="ChosenName">The chosen path's common name.</param>
/// <param name="Scores">Every path's score, lightest first.</param>
/// <param name="Alternatives">Each path not chosen with why not, cost and timeline.</param>
public sealed record ComparisonCard(string RecommendationId, string ChosenName, IReadOnlyList<ScoreBar> Scores, IReadOnlyList<AlternativeLine> Alternatives) : Card
{
    /// <summary>Which price book the costs were computed with ("Prices: book 2026-12 (as of 2026-11-30)"), or null.</summary>
    public string? Prices { get; init; }

    /// <summary>Relative link of the recommendation's full report (the channel prefixes the public base URL).</summary>
    public string ReportPath => ReportPaths.Page(RecommendationId);
}
