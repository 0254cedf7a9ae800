namespace ModelStrategy.Core.Cards;

/// <summary>
/// What a card was rendered for. Channels send it back unchanged with every click, so the engine can tell a click
/// on the live card from a click on an old one.
/// </summary>
/// <param name="DialogId">The dialog the card belongs to.</param>
/// <param name="StepId">The step it asks (a question id, "result", …).</param>
/// <param name="CardVersion">The dialog's turn counter when the card was rendered.</param>
public sealed record CardContext(string DialogId, string StepId, int CardVersion);
