namespace ModelStrategy.Core.Constraints;

/// <summary>Range checks on constraints; each error names the field and its allowed values.</summary>
internal static class ConstraintsValidator
{
    /// <summary>Longest accepted use-case description.</summary>
    public const int MaxUseCaseLength = 500;

    /// <summary>All range errors in <paramref name="c"/>; empty when valid.</summary>
    public static IReadOnlyList<FieldError> Validate(ProjectConstraints c)
    {
        var errors = new List<FieldError>();
        if (c.UseCase is { Length: > MaxUseCaseLength })
        {
            errors.Add(new(ConstraintFields.UseCase, $"is {c.UseCase.Length} characters long", $"at most {MaxUseCaseLength} characters"));
        }

        Check(errors, ConstraintFields.LabeledExamples, c.LabeledExamples, 0, int.MaxValue, false, "an integer ≥ 0");
        Check(errors, ConstraintFields.DomainCorpusTokens, c.DomainCorpusTokens, 0, 1e15, false, "a number of tokens from 0 to 1e15");
        Check(errors, ConstraintFields.DomainNovelty, c.DomainNovelty, 0, 5, false, "an integer from 0 to 5");
        Check(errors, ConstraintFields.BudgetUsd, c.BudgetUsd, 0, 1e11, true, "US dollars, more than 0 and at most 1e11");
        Check(errors, ConstraintFields.DeadlineWeeks, c.DeadlineWeeks, 0, 1040, true, "weeks, more than 0 and at most 1040");
        Check(errors, ConstraintFields.LatencyP95Ms, c.LatencyP95Ms, 0, 600_000, true, "milliseconds, more than 0 and at most 600000");
        Check(errors, ConstraintFields.RequestsPerDay, c.RequestsPerDay, 0, 1e10, false, "requests per day from 0 to 1e10");
        Check(errors, ConstraintFields.Governance, c.Governance, 0, 5, false, "an integer from 0 to 5");
        Check(errors, ConstraintFields.Control, c.Control, 0, 5, false, "an integer from 0 to 5");
        Check(errors, ConstraintFields.BaselineErrorRatePct, c.BaselineErrorRatePct, 0, 100, false, "a percentage from 0 to 100");
        return errors;
    }

    private static void Check(List<FieldError> errors, string field, double? value, double min, double max, bool exclusiveMin, string allowed)
    {
        if (value is not { } v)
        {
            return;
        }

        var tooLow = exclusiveMin ? v <= min : v < min;
        if (double.IsNaN(v) || double.IsInfinity(v) || tooLow || v > max)
        {
            errors.Add(new FieldError(field, $"{v:G} is out of range", allowed));
        }
    }
}
