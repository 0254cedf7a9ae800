namespace ModelStrategy.Core.Cards;

/// <summary>A button. Clicking it sends <see cref="Name"/>, the card's context and <see cref="Values"/> back.</summary>
/// <param name="Name">The command, one of <see cref="CardActionNames"/>.</param>
/// <param name="Title">The button text.</param>
/// <param name="Values">Fixed values the button submits (e.g. the answer of a one-click choice).</param>
/// <param name="Primary">True for the one main action of the card.</param>
public sealed record CardAction(string Name, string Title, IReadOnlyDictionary<string, string> Values, bool Primary = false)
{
    /// <summary>A button that submits nothing but its name.</summary>
    public static CardAction Of(string name, string title, bool primary = false) =>
        new(name, title, new Dictionary<string, string>(), primary);
}
