namespace ModelStrategy.Core.Cards;

/// <summary>What a <see cref="CompactRecommendationCard"/> keeps behind "Details": the rest of the full result card.</summary>
/// <param name="MorePros">Pros beyond the ones shown on top.</param>
/// <param name="MoreCons">Cons beyond the ones shown on top.</param>
/// <param name="Understood">For quick triage: what was understood from the text.</param>
/// <param name="Scores">Every path's score, lightest first.</param>
/// <param name="Alternatives">The runner-up first, each with why not.</param>
/// <param name="WhatWouldChange">The nearest changes that would flip the answer.</param>
/// <param name="Assumptions">What was assumed and why.</param>
/// <param name="Prices">Which price book the cost was computed with; null for recommendations stored before books were kept.</param>
public sealed record RecommendationDetails(
    IReadOnlyList<string> MorePros,
    IReadOnlyList<string> MoreCons,
    IReadOnlyList<string> Understood,
    IReadOnlyList<ScoreBar> Scores,
    IReadOnlyList<AlternativeLine> Alternatives,
    IReadOnlyList<string> WhatWouldChange,
    IReadOnlyList<AssumptionLine> Assumptions,
    string? Prices);
