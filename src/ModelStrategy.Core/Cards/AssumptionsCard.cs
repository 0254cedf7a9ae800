using ModelStrategy.Core.Reports;

namespace ModelStrategy.Core.Cards;

/// <summary>Every assumption behind one recommendation (the "assumptions" command).</summary>
/// <param name="RecommendationId">The recommendation.</param>
/// <param name="Items">Defaulted constraints first, then the figures behind the estimates.</param>
public sealed record AssumptionsCard(string RecommendationId, IReadOnlyList<AssumptionLine> Items) : Card
{
    /// <summary>Which price book the prices listed come from ("Prices: book 2026-12 (as of 2026-11-30)"), or null.</summary>
    public string? Prices { get; init; }

    /// <summary>Relative link of the recommendation's full report (the channel prefixes the public base URL).</summary>
    public string ReportPath => ReportPaths.Page(RecommendationId);
}
