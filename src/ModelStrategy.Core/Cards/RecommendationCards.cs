using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Cards;

/// <summary>Builds result cards outside a dialog, for channels that answer in one step (e.g. a slash command or a form).</summary>
public static class RecommendationCards
{
    /// <summary>
    /// The card for <paramref name="recommendation"/> with no dialog context, the same card a shared result shows,
    /// carrying only <paramref name="actions"/> (e.g. a Share button; none for a card that is already public).
    /// </summary>
    /// <param name="recommendation">The recommendation, stored so its report link works.</param>
    /// <param name="actions">The buttons to offer.</param>
    /// <returns>A standalone <see cref="RecommendationCard"/>.</returns>
    public static RecommendationCard Standalone(Recommendation recommendation, IReadOnlyList<CardAction> actions)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        ArgumentNullException.ThrowIfNull(actions);
        return RecommendationCardBuilder.Build(recommendation, null, actions);
    }
}
