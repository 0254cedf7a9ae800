namespace ModelStrategy.Core.Constraints;

/// <summary>One bad input field: its name, what is wrong, and the values it accepts.</summary>
/// <param name="Field">The JSON field name.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="Allowed">The accepted values or range, e.g. "0–5" or "clean, mixed, noisy".</param>
public sealed record FieldError(string Field, string Message, string Allowed);
