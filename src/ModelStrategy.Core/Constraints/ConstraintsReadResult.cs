namespace ModelStrategy.Core.Constraints;

/// <summary>What <see cref="ConstraintsJsonReader"/> made of a request body.</summary>
/// <param name="Constraints">The structured fields that were given (empty when none).</param>
/// <param name="Text">Free text for quick triage, when the body had a <c>text</c> field.</param>
/// <param name="Errors">Every bad field; the input is unusable when this is not empty.</param>
public sealed record ConstraintsReadResult(ProjectConstraints Constraints, string? Text, IReadOnlyList<FieldError> Errors)
{
    /// <summary>True when there are no errors.</summary>
    public bool IsValid => Errors.Count == 0;
}
