using System.Globalization;
using System.Text.Json;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.TriageEvaluation;

/// <summary>
/// Whether a parsed value counts as the labelled one: numbers within 10 %, the deadline within 15 % or one week,
/// choices and 0–5 levels exactly.
/// </summary>
public static class FieldMatch
{
    /// <summary>Relative tolerance for numbers.</summary>
    public const double NumberTolerance = 0.10;

    /// <summary>Relative tolerance for the deadline (or <see cref="DeadlineSlackWeeks"/>, whichever is larger).</summary>
    public const double DeadlineTolerance = 0.15;

    /// <summary>Absolute tolerance for the deadline.</summary>
    public const double DeadlineSlackWeeks = 1;

    /// <summary>True when <paramref name="parsed"/> (display form) matches <paramref name="expected"/>.</summary>
    public static bool Matches(string field, string parsed, JsonElement expected)
    {
        if (expected.ValueKind == JsonValueKind.String)
        {
            return string.Equals(parsed, expected.GetString(), StringComparison.Ordinal);
        }

        var want = expected.GetDouble();
        if (!double.TryParse(parsed, NumberStyles.Float, CultureInfo.InvariantCulture, out var got))
        {
            return false;
        }

        if (field is ConstraintFields.Governance or ConstraintFields.Control or ConstraintFields.DomainNovelty)
        {
            return got == want;
        }

        var slack = field == ConstraintFields.DeadlineWeeks
            ? Math.Max(DeadlineTolerance * want, DeadlineSlackWeeks)
            : NumberTolerance * Math.Abs(want);
        return Math.Abs(got - want) <= slack;
    }

    /// <summary>The display form of a JSON label ("qa", "40000").</summary>
    public static string Show(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetDouble().ToString("0.##", CultureInfo.InvariantCulture);
}
