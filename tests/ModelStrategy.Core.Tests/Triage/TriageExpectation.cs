using System.Globalization;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Tests.Triage;

/// <summary>Renders parsed constraints as "field=value" pairs so a corpus line can state them compactly.</summary>
internal static class TriageExpectation
{
    /// <summary>Every set field except useCase, as its wire name and display value.</summary>
    public static SortedDictionary<string, string> Fields(ProjectConstraints c)
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string field, object? value)
        {
            if (value is not null)
            {
                fields[field] = Display(value);
            }
        }

        Add(ConstraintFields.TaskType, c.TaskType);
        Add(ConstraintFields.Need, c.Need);
        Add(ConstraintFields.KnowledgeChange, c.KnowledgeChange);
        Add(ConstraintFields.LabeledExamples, c.LabeledExamples);
        Add(ConstraintFields.DomainCorpusTokens, c.DomainCorpusTokens);
        Add(ConstraintFields.DataQuality, c.DataQuality);
        Add(ConstraintFields.DomainNovelty, c.DomainNovelty);
        Add(ConstraintFields.BudgetUsd, c.BudgetUsd);
        Add(ConstraintFields.DeadlineWeeks, c.DeadlineWeeks);
        Add(ConstraintFields.LatencyP95Ms, c.LatencyP95Ms);
        Add(ConstraintFields.RequestsPerDay, c.RequestsPerDay);
        Add(ConstraintFields.DataSensitivity, c.DataSensitivity);
        Add(ConstraintFields.Governance, c.Governance);
        Add(ConstraintFields.Control, c.Control);
        Add(ConstraintFields.MlExpertise, c.MlExpertise);
        Add(ConstraintFields.Baseline, c.Baseline);
        Add(ConstraintFields.BaselineErrorRatePct, c.BaselineErrorRatePct);
        return fields;
    }

    /// <summary>Parses "budgetUsd=40000; deadlineWeeks=6" (empty = nothing understood).</summary>
    public static SortedDictionary<string, string> Parse(string expected)
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            fields.Add(parts[0], parts[1]);
        }

        return fields;
    }

    /// <summary>The same rendering the corpus uses: wire names for enums, up to two decimals for numbers.</summary>
    public static string Display(object value) => value switch
    {
        double d => d.ToString("0.##", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        TaskType e => WireName.Of(e),
        Need e => WireName.Of(e),
        KnowledgeChange e => WireName.Of(e),
        DataQuality e => WireName.Of(e),
        DataSensitivity e => WireName.Of(e),
        MlExpertise e => WireName.Of(e),
        Baseline e => WireName.Of(e),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Renders fields back as "a=1; b=2" for readable failure messages.</summary>
    public static string Render(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join("; ", fields.Select(pair => $"{pair.Key}={pair.Value}"));
}
