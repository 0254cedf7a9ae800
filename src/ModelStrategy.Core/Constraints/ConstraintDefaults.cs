using System.Globalization;

namespace ModelStrategy.Core.Constraints;

/// <summary>The stated defaults for missing constraints, and the resolution of a partial input.</summary>
public static class ConstraintDefaults
{
    private static readonly (string Field, string Value, string Reason)[] Table =
    [
        (ConstraintFields.TaskType, "other", "no task family given"),
        (ConstraintFields.Need, "knowledge", "most teams first miss their own documents and facts"),
        (ConstraintFields.KnowledgeChange, "monthly", "typical for internal documentation"),
        (ConstraintFields.LabeledExamples, "0", "no labelled set mentioned, so none is assumed"),
        (ConstraintFields.DomainCorpusTokens, "0", "no unlabelled domain corpus mentioned"),
        (ConstraintFields.DataQuality, "mixed", "partly reviewed data is the common case"),
        (ConstraintFields.DomainNovelty, "1", "most business domains are well covered by public models"),
        (ConstraintFields.BudgetUsd, "50000", "a typical first-year budget for one AI feature"),
        (ConstraintFields.DeadlineWeeks, "12", "one quarter"),
        (ConstraintFields.LatencyP95Ms, "2000", "an interactive assistant that streams its answer"),
        (ConstraintFields.RequestsPerDay, "1000", "an internal tool for a few hundred people"),
        (ConstraintFields.DataSensitivity, "internal", "business data that is neither public nor regulated"),
        (ConstraintFields.Governance, "2", "ordinary internal review"),
        (ConstraintFields.Control, "1", "no stated need to own model weights"),
        (ConstraintFields.MlExpertise, "basic", "a software team that can run standard tooling"),
        (ConstraintFields.Baseline, "untried", "no prompting or RAG attempt mentioned"),
    ];

    // One shared (immutable) record per field: resolving runs several times per dialog turn and per recommendation.
    private static readonly Dictionary<string, DefaultedField> ByField =
        Table.ToDictionary(row => row.Field, row => new DefaultedField(row.Field, row.Value, row.Reason), StringComparer.Ordinal);

    /// <summary>Fills every missing field with its default and lists what was defaulted.</summary>
    public static (ResolvedConstraints Constraints, IReadOnlyList<DefaultedField> Defaults) Resolve(ProjectConstraints input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var defaults = new List<DefaultedField>(Table.Length);
        T Pick<T>(T? given, string field, Func<string, T> parse) where T : struct
        {
            if (given is { } value)
            {
                return value;
            }

            var entry = ByField[field];
            defaults.Add(entry);
            return parse(entry.Value);
        }

        static TEnum Enum<TEnum>(string text) where TEnum : struct, System.Enum =>
            WireName.TryParse<TEnum>(text, out var value) ? value : default;
        static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
        static int Integer(string text) => int.Parse(text, CultureInfo.InvariantCulture);

        var resolved = new ResolvedConstraints
        {
            UseCase = input.UseCase ?? string.Empty,
            TaskType = Pick(input.TaskType, ConstraintFields.TaskType, Enum<TaskType>),
            Need = Pick(input.Need, ConstraintFields.Need, Enum<Need>),
            KnowledgeChange = Pick(input.KnowledgeChange, ConstraintFields.KnowledgeChange, Enum<KnowledgeChange>),
            LabeledExamples = Pick(input.LabeledExamples, ConstraintFields.LabeledExamples, Integer),
            DomainCorpusTokens = Pick(input.DomainCorpusTokens, ConstraintFields.DomainCorpusTokens, Number),
            DataQuality = Pick(input.DataQuality, ConstraintFields.DataQuality, Enum<DataQuality>),
            DomainNovelty = Pick(input.DomainNovelty, ConstraintFields.DomainNovelty, Integer),
            BudgetUsd = Pick(input.BudgetUsd, ConstraintFields.BudgetUsd, Number),
            DeadlineWeeks = Pick(input.DeadlineWeeks, ConstraintFields.DeadlineWeeks, Number),
            LatencyP95Ms = Pick(input.LatencyP95Ms, ConstraintFields.LatencyP95Ms, Number),
            RequestsPerDay = Pick(input.RequestsPerDay, ConstraintFields.RequestsPerDay, Number),
            DataSensitivity = Pick(input.DataSensitivity, ConstraintFields.DataSensitivity, Enum<DataSensitivity>),
            Governance = Pick(input.Governance, ConstraintFields.Governance, Integer),
            Control = Pick(input.Control, ConstraintFields.Control, Integer),
            MlExpertise = Pick(input.MlExpertise, ConstraintFields.MlExpertise, Enum<MlExpertise>),
            Baseline = Pick(input.Baseline, ConstraintFields.Baseline, Enum<Baseline>),
            BaselineErrorRatePct = input.BaselineErrorRatePct,
        };
        return (resolved, defaults);
    }
}
