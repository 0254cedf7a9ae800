namespace ModelStrategy.Core.Cards;

/// <summary>One input of a question card: a constraint field with one-click choices.</summary>
/// <param name="Field">The constraint field it fills; its value is submitted under this key.</param>
/// <param name="Label">What the input asks, in a few words.</param>
/// <param name="Choices">The one-click choices, most common first.</param>
/// <param name="Typical">The value used when the user skips (the stated default), as a choice value.</param>
/// <param name="Current">The value already given, if any (after Back or when adjusting).</param>
public sealed record CardInput(string Field, string Label, IReadOnlyList<Choice> Choices, string Typical, string? Current);

/// <summary>One choice of an input.</summary>
/// <param name="Value">The submitted value (a wire name or a number).</param>
/// <param name="Title">What the user reads.</param>
public sealed record Choice(string Value, string Title);
