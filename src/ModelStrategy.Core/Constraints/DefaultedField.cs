namespace ModelStrategy.Core.Constraints;

/// <summary>A field the user did not give, the value assumed for it and why that value.</summary>
/// <param name="Field">The JSON field name.</param>
/// <param name="Value">The assumed value, as shown to users.</param>
/// <param name="Reason">Why this is the typical value.</param>
public sealed record DefaultedField(string Field, string Value, string Reason);
