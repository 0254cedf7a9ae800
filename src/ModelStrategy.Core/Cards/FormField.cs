namespace ModelStrategy.Core.Cards;

/// <summary>A one-line free-text field of a <see cref="TextCard"/>.</summary>
/// <param name="Id">The value key it is submitted under.</param>
/// <param name="Label">What it asks, in a few words.</param>
/// <param name="Placeholder">An example answer.</param>
/// <param name="Value">What it starts with (e.g. the answer that was refused, so nothing typed is lost); null for empty.</param>
public sealed record FormField(string Id, string Label, string Placeholder, string? Value = null)
{
    /// <summary>The most characters a field takes.</summary>
    public const int MaxLength = 40;
}
