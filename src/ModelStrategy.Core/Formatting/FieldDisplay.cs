using System.Globalization;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Formatting;

/// <summary>How a constraint field and its value read to people: "budget $50k", not "budgetUsd 50000".</summary>
public static class FieldDisplay
{
    /// <summary>The field's name in plain words.</summary>
    public static string Label(string field) => field switch
    {
        ConstraintFields.UseCase => "use case",
        ConstraintFields.TaskType => "task",
        ConstraintFields.Need => "what is missing",
        ConstraintFields.KnowledgeChange => "how fast facts change",
        ConstraintFields.LabeledExamples => "labelled examples",
        ConstraintFields.DomainCorpusTokens => "domain text",
        ConstraintFields.DataQuality => "label quality",
        ConstraintFields.DomainNovelty => "domain novelty",
        ConstraintFields.BudgetUsd => "budget",
        ConstraintFields.DeadlineWeeks => "deadline",
        ConstraintFields.LatencyP95Ms => "latency budget",
        ConstraintFields.RequestsPerDay => "requests per day",
        ConstraintFields.DataSensitivity => "data sensitivity",
        ConstraintFields.Governance => "governance pressure",
        ConstraintFields.Control => "need for control",
        ConstraintFields.MlExpertise => "ML expertise",
        ConstraintFields.Baseline => "best attempt so far",
        ConstraintFields.BaselineErrorRatePct => "failure rate of that attempt",
        _ => field,
    };

    /// <summary>A value as people read it: money, durations, counts with units; wire names unchanged.</summary>
    public static string Value(string field, string value)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return value;
        }

        return field switch
        {
            ConstraintFields.BudgetUsd => Display.Money(number),
            ConstraintFields.DeadlineWeeks => Display.Duration(number),
            ConstraintFields.LatencyP95Ms => $"{number.ToString("#,0", CultureInfo.InvariantCulture)} ms",
            ConstraintFields.DomainCorpusTokens => $"{Display.Count(number)} tokens",
            ConstraintFields.BaselineErrorRatePct => $"{number.ToString("0.#", CultureInfo.InvariantCulture)}%",
            ConstraintFields.DomainNovelty or ConstraintFields.Governance or ConstraintFields.Control => $"{value} of 5",
            _ => Display.Count(number),
        };
    }

    /// <summary>"budget $50k".</summary>
    public static string Pair(string field, string value) => $"{Label(field)} {Value(field, value)}";
}
