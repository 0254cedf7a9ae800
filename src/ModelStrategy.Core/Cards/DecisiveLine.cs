namespace ModelStrategy.Core.Cards;

/// <summary>An assumption that decides the answer, shown first on a result, with a one-click answer.</summary>
/// <param name="Text">"I assumed no labelled data; with about 2k labelled examples the recommendation would change to: …".</param>
/// <param name="Answer">Gives the other value and recomputes the card in place; null on a card outside a dialog.</param>
public sealed record DecisiveLine(string Text, CardAction? Answer);
