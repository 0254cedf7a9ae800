namespace ModelStrategy.Core.Cards;

/// <summary>Every assumption behind one recommendation (the "assumptions" command).</summary>
/// <param name="RecommendationId">The recommendation.</param>
/// <param name="Items">Defaulted constraints first, then the figures behind the estimates.</param>
public sealed record AssumptionsCard(string RecommendationId, IReadOnlyList<AssumptionLine> Items) : Card;
