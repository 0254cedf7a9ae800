using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Triage;

/// <summary>What the quick-triage parser made of free text.</summary>
/// <param name="Constraints">The constraints it understood; everything else stays unset (defaulted later).</param>
/// <param name="Understood">Each understood field with the words it came from.</param>
public sealed record TriageResult(ProjectConstraints Constraints, IReadOnlyList<UnderstoodItem> Understood);

/// <summary>One field the parser understood.</summary>
/// <param name="Field">The constraint field name.</param>
/// <param name="Value">The value, as shown to users (wire name or number).</param>
/// <param name="Phrase">The words in the text it came from.</param>
public sealed record UnderstoodItem(string Field, string Value, string Phrase);
