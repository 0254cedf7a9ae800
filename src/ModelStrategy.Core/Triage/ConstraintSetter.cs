using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Triage;

/// <summary>Sets one constraint field by its wire name, so recognisers can stay declarative.</summary>
internal static class ConstraintSetter
{
    /// <summary>
    /// <paramref name="c"/> with the numeric <paramref name="field"/> set to <paramref name="value"/>; null when the
    /// field is not numeric or the value does not fit it (an integer field gets the rounded value).
    /// </summary>
    public static ProjectConstraints? WithNumber(ProjectConstraints c, string field, double value)
    {
        if (!double.IsFinite(value))
        {
            return null;
        }

        var rounded = Math.Round(value, MidpointRounding.AwayFromZero);
        int? whole = rounded is >= int.MinValue and <= int.MaxValue ? (int)rounded : null;
        return field switch
        {
            ConstraintFields.LabeledExamples when whole is not null => c with { LabeledExamples = whole },
            ConstraintFields.DomainNovelty when whole is not null => c with { DomainNovelty = whole },
            ConstraintFields.Governance when whole is not null => c with { Governance = whole },
            ConstraintFields.Control when whole is not null => c with { Control = whole },
            ConstraintFields.DomainCorpusTokens => c with { DomainCorpusTokens = value },
            ConstraintFields.BudgetUsd => c with { BudgetUsd = value },
            ConstraintFields.DeadlineWeeks => c with { DeadlineWeeks = value },
            ConstraintFields.LatencyP95Ms => c with { LatencyP95Ms = value },
            ConstraintFields.RequestsPerDay => c with { RequestsPerDay = value },
            ConstraintFields.BaselineErrorRatePct => c with { BaselineErrorRatePct = value },
            _ => null,
        };
    }

    /// <summary>The field an enum type fills, and <paramref name="c"/> with it set to <paramref name="value"/>.</summary>
    public static (string Field, ProjectConstraints Constraints) WithChoice(ProjectConstraints c, object value) => value switch
        {
            TaskType v => (ConstraintFields.TaskType, c with { TaskType = v }),
            Need v => (ConstraintFields.Need, c with { Need = v }),
            KnowledgeChange v => (ConstraintFields.KnowledgeChange, c with { KnowledgeChange = v }),
            DataQuality v => (ConstraintFields.DataQuality, c with { DataQuality = v }),
            DataSensitivity v => (ConstraintFields.DataSensitivity, c with { DataSensitivity = v }),
            MlExpertise v => (ConstraintFields.MlExpertise, c with { MlExpertise = v }),
            Baseline v => (ConstraintFields.Baseline, c with { Baseline = v }),
            _ => (string.Empty, c),
        };
}
