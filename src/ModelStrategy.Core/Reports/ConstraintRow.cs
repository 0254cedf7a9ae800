namespace ModelStrategy.Core.Reports;

/// <summary>Where the value of a constraint came from.</summary>
public enum ConstraintOrigin
{
    /// <summary>The user gave it as a field or an answer.</summary>
    Given,

    /// <summary>Quick triage read it from the user's text.</summary>
    FromText,

    /// <summary>Not given: a stated typical value stood in.</summary>
    Assumed,

    /// <summary>Not given and not assumed (the baseline's failure rate is never defaulted).</summary>
    NotGiven,
}

/// <summary>One constraint as the report shows it.</summary>
/// <param name="Field">The wire name, e.g. "budgetUsd".</param>
/// <param name="Label">Its name in plain words, e.g. "budget".</param>
/// <param name="Value">The value as people read it, e.g. "$150k".</param>
/// <param name="Origin">Given, read from the text, or assumed.</param>
/// <param name="Note">Why it was assumed, or the words it was read from; empty when given.</param>
public sealed record ConstraintRow(string Field, string Label, string Value, ConstraintOrigin Origin, string Note);
