namespace ModelStrategy.Core.Cards;

/// <summary>One assumption behind the result.</summary>
/// <param name="Label">What it is, e.g. "budgetUsd" or "H100 price".</param>
/// <param name="Value">The value used, as shown.</param>
/// <param name="Source">Why this value: "typical: one quarter", or the source and date of a figure.</param>
/// <param name="Defaulted">True for a constraint the user did not give (a default stood in).</param>
public sealed record AssumptionLine(string Label, string Value, string Source, bool Defaulted);
