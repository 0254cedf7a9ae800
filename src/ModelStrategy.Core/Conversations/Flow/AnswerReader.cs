using System.Globalization;
using System.Text.RegularExpressions;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Triage;

namespace ModelStrategy.Core.Conversations.Flow;

/// <summary>
/// Reads an answer to a step from submitted card values or from typed text. Typed text goes through the quick-triage
/// parser (as typed, then wrapped in the step's context, e.g. "6" → "launch in 6"), then a choice's name, then a bare
/// number ("2000", "50k") for the step's first numeric field. An empty result means "not understood".
/// </summary>
internal static partial class AnswerReader
{
    /// <summary>The values a card submitted for the step's fields; null when none is there or one is invalid.</summary>
    public static IReadOnlyList<FieldAnswer>? FromValues(QuestionStep step, IReadOnlyDictionary<string, string> values, ProjectConstraints known)
    {
        var answers = new List<FieldAnswer>();
        foreach (var field in step.Fields)
        {
            if (values.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                if (FieldValues.Set(known, field, value.Trim()) is null)
                {
                    return null;
                }

                answers.Add(new FieldAnswer(field, value.Trim()));
            }
        }

        return answers.Count == 0 ? null : answers;
    }

    public static IReadOnlyList<FieldAnswer> FromText(QuestionStep step, string text, DateOnly today)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return [];
        }

        var fromChoice = FromChoice(step, trimmed);
        if (fromChoice.Count > 0)
        {
            return fromChoice;
        }

        var parsed = Parsed(TriageParser.Parse(trimmed, today).Constraints, null);
        if (parsed.Any(a => step.Fields.Contains(a.Field)))
        {
            return parsed;
        }

        var wrapped = Parsed(TriageParser.Parse(string.Format(CultureInfo.InvariantCulture, step.TypedContext, trimmed), today).Constraints, step);
        return wrapped.Count > 0 ? wrapped : FromBareNumber(step, trimmed);
    }

    private static List<FieldAnswer> Parsed(ProjectConstraints constraints, QuestionStep? onlyStep) =>
        [.. FieldValues.SetFields(constraints)
            .Where(f => onlyStep is null || onlyStep.Fields.Contains(f))
            .Select(f => new FieldAnswer(f, FieldValues.Get(constraints, f)!))]; // Get is non-null for every field SetFields lists.

    private static List<FieldAnswer> FromChoice(QuestionStep step, string text)
    {
        foreach (var input in step.Inputs)
        {
            var match = input.Choices.FirstOrDefault(c =>
                string.Equals(c.Value, text, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Title, text, StringComparison.OrdinalIgnoreCase));
            if (match is not null && !double.TryParse(match.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                return [new FieldAnswer(input.Field, match.Value)];
            }
        }

        return [];
    }

    private static List<FieldAnswer> FromBareNumber(QuestionStep step, string text)
    {
        var match = BareNumber().Match(text);
        var numeric = step.Inputs.FirstOrDefault(i => i.Choices.All(c => double.TryParse(c.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)));
        if (!match.Success || numeric is null
            || !double.TryParse(match.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return [];
        }

        number *= match.Groups["s"].Value.ToLowerInvariant() switch { "k" => 1e3, "m" => 1e6, "b" => 1e9, _ => 1 };
        var value = number.ToString("G", CultureInfo.InvariantCulture);
        return FieldValues.Set(new ProjectConstraints(), numeric.Field, value) is null ? [] : [new FieldAnswer(numeric.Field, value)];
    }

    [GeneratedRegex(@"^\s*\$?\s*(?<n>\d[\d,]*(\.\d+)?)\s*(?<s>[kKmMbB])?\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex BareNumber();
}
