using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Cards;

/// <summary>Result cards for a recommendation computed outside a dialog (a form's submission, an integration).</summary>
public static class RecommendationCards
{
    /// <summary>The standalone result card of <paramref name="recommendation"/>: no dialog context, no buttons (as when shared).</summary>
    /// <param name="recommendation">A computed recommendation.</param>
    /// <param name="actions">Buttons to show, e.g. Share; none by default.</param>
    public static RecommendationCard Standalone(Recommendation recommendation, IReadOnlyList<CardAction>? actions = null)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return RecommendationCardBuilder.Build(recommendation, null, actions ?? []);
    }

    /// <summary>The card <paramref name="recommendation"/> is shared as: the ten-second read, the rest behind "Details".</summary>
    /// <param name="recommendation">A computed recommendation.</param>
    /// <param name="actions">Buttons to show, e.g. Share on a preview; none by default.</param>
    public static CompactRecommendationCard Compact(Recommendation recommendation, IReadOnlyList<CardAction>? actions = null)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return CompactRecommendationCard.From(RecommendationCardBuilder.Build(recommendation, null, []), actions);
    }

    /// <summary>The Share button of a result only its asker sees: it posts <paramref name="recommendationId"/>'s compact card for everyone.</summary>
    /// <param name="recommendationId">The stored recommendation.</param>
    public static CardAction Share(string recommendationId) =>
        new(CardActionNames.Share, "Share", new Dictionary<string, string> { [CardActionNames.RecommendationKey] = recommendationId }, Primary: true);
}
