using System.Globalization;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Triage;

namespace ModelStrategy.Core.Conversations.Flow;

/// <summary>Reads, sets and clears one constraint field by its wire name, with values as strings (wire names or numbers).</summary>
internal static class FieldValues
{
    /// <summary>Every field a dialog can ask or adjust (useCase is free text, the error rate is only typed).</summary>
    public static IReadOnlyList<string> Askable { get; } = [.. ConstraintFields.All.Where(f => f is not ConstraintFields.UseCase)];

    public static string? Get(ProjectConstraints c, string field) => field switch
    {
        ConstraintFields.TaskType => Name(c.TaskType),
        ConstraintFields.Need => Name(c.Need),
        ConstraintFields.KnowledgeChange => Name(c.KnowledgeChange),
        ConstraintFields.DataQuality => Name(c.DataQuality),
        ConstraintFields.DataSensitivity => Name(c.DataSensitivity),
        ConstraintFields.MlExpertise => Name(c.MlExpertise),
        ConstraintFields.Baseline => Name(c.Baseline),
        ConstraintFields.LabeledExamples => Number(c.LabeledExamples),
        ConstraintFields.DomainCorpusTokens => Number(c.DomainCorpusTokens),
        ConstraintFields.DomainNovelty => Number(c.DomainNovelty),
        ConstraintFields.BudgetUsd => Number(c.BudgetUsd),
        ConstraintFields.DeadlineWeeks => Number(c.DeadlineWeeks),
        ConstraintFields.LatencyP95Ms => Number(c.LatencyP95Ms),
        ConstraintFields.RequestsPerDay => Number(c.RequestsPerDay),
        ConstraintFields.Governance => Number(c.Governance),
        ConstraintFields.Control => Number(c.Control),
        ConstraintFields.BaselineErrorRatePct => Number(c.BaselineErrorRatePct),
        _ => null,
    };

    /// <summary><paramref name="c"/> with <paramref name="field"/> set; null when the value is not valid for the field.</summary>
    public static ProjectConstraints? Set(ProjectConstraints c, string field, string value)
    {
        var set = field switch
        {
            ConstraintFields.TaskType => Choice<TaskType>(c, value),
            ConstraintFields.Need => Choice<Need>(c, value),
            ConstraintFields.KnowledgeChange => Choice<KnowledgeChange>(c, value),
            ConstraintFields.DataQuality => Choice<DataQuality>(c, value),
            ConstraintFields.DataSensitivity => Choice<DataSensitivity>(c, value),
            ConstraintFields.MlExpertise => Choice<MlExpertise>(c, value),
            ConstraintFields.Baseline => Choice<Baseline>(c, value),
            _ => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? ConstraintSetter.WithNumber(c, field, number)
                : null,
        };
        return set is not null && ConstraintsValidator.Validate(set).Count == 0 ? set : null;
    }

    /// <summary><paramref name="c"/> without a value for <paramref name="field"/> (the default will stand in).</summary>
    public static ProjectConstraints Clear(ProjectConstraints c, string field) => field switch
    {
        ConstraintFields.TaskType => c with { TaskType = null },
        ConstraintFields.Need => c with { Need = null },
        ConstraintFields.KnowledgeChange => c with { KnowledgeChange = null },
        ConstraintFields.DataQuality => c with { DataQuality = null },
        ConstraintFields.DataSensitivity => c with { DataSensitivity = null },
        ConstraintFields.MlExpertise => c with { MlExpertise = null },
        ConstraintFields.Baseline => c with { Baseline = null },
        ConstraintFields.LabeledExamples => c with { LabeledExamples = null },
        ConstraintFields.DomainCorpusTokens => c with { DomainCorpusTokens = null },
        ConstraintFields.DomainNovelty => c with { DomainNovelty = null },
        ConstraintFields.BudgetUsd => c with { BudgetUsd = null },
        ConstraintFields.DeadlineWeeks => c with { DeadlineWeeks = null },
        ConstraintFields.LatencyP95Ms => c with { LatencyP95Ms = null },
        ConstraintFields.RequestsPerDay => c with { RequestsPerDay = null },
        ConstraintFields.Governance => c with { Governance = null },
        ConstraintFields.Control => c with { Control = null },
        ConstraintFields.BaselineErrorRatePct => c with { BaselineErrorRatePct = null },
        _ => c,
    };

    /// <summary>The askable fields <paramref name="c"/> sets, in field order.</summary>
    public static IReadOnlyList<string> SetFields(ProjectConstraints c) => [.. Askable.Where(f => Get(c, f) is not null)];

    private static ProjectConstraints? Choice<TEnum>(ProjectConstraints c, string value) where TEnum : struct, Enum =>
        WireName.TryParse<TEnum>(value, out var parsed) ? ConstraintSetter.WithChoice(c, parsed).Constraints : null;

    private static string? Name<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? WireName.Of(v) : null;

    private static string? Number(double? value) => value?.ToString("G", CultureInfo.InvariantCulture);
}
