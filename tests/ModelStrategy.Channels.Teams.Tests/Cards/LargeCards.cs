using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Teams.Tests.Cards;

/// <summary>The largest recommendation the engine makes from a long quick-triage text, padded to a worst case.</summary>
internal static class LargeCards
{
    /// <summary>The real card from the longest quick-triage text.</summary>
    public static RecommendationCard Recommendation() => CardSamples.Get<RecommendationCard>("result-quick-large");

    /// <summary>
    /// Every list of the real large card doubled and a notice added: more than the engine produces (it caps reasons at
    /// three, and pros, cons and flips at a handful), so a card of this size leaves margin under the limit.
    /// </summary>
    public static RecommendationCard WorstCase()
    {
        var card = Recommendation();
        return card with
        {
            Notice = "You changed the budget from $50k to $2M; the recommendation was recomputed with every other answer kept.",
            Pros = Twice(card.Pros),
            Cons = Twice(card.Cons),
            Understood = Twice(card.Understood),
            Alternatives = Twice(card.Alternatives),
            WhatWouldChange = Twice(card.WhatWouldChange),
            Assumptions = Twice(card.Assumptions),
            Cost = card.Cost with { References = Twice(card.Cost.References), Disagrees = true },
            Timeline = card.Timeline with { References = Twice(card.Timeline.References), Disagrees = true },
        };
    }

    private static T[] Twice<T>(IReadOnlyList<T> items) => [.. items, .. items];
}
