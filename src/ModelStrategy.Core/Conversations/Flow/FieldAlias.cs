using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Conversations.Flow;

/// <summary>Names people use for a field when they change it ("adjust deadline to 6 weeks").</summary>
internal static class FieldAlias
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["need"] = ConstraintFields.Need, ["task"] = ConstraintFields.TaskType, ["freshness"] = ConstraintFields.KnowledgeChange,
        ["examples"] = ConstraintFields.LabeledExamples, ["labels"] = ConstraintFields.LabeledExamples, ["data"] = ConstraintFields.LabeledExamples,
        ["quality"] = ConstraintFields.DataQuality, ["corpus"] = ConstraintFields.DomainCorpusTokens, ["novelty"] = ConstraintFields.DomainNovelty,
        ["budget"] = ConstraintFields.BudgetUsd, ["deadline"] = ConstraintFields.DeadlineWeeks, ["timeline"] = ConstraintFields.DeadlineWeeks,
        ["latency"] = ConstraintFields.LatencyP95Ms, ["sensitivity"] = ConstraintFields.DataSensitivity, ["privacy"] = ConstraintFields.DataSensitivity,
        ["control"] = ConstraintFields.Control, ["governance"] = ConstraintFields.Governance, ["expertise"] = ConstraintFields.MlExpertise,
        ["team"] = ConstraintFields.MlExpertise, ["baseline"] = ConstraintFields.Baseline,
    };

    /// <summary>The field named by the first word of <paramref name="text"/> and the rest ("to 6 weeks" → "6 weeks").</summary>
    public static (string Field, string Remainder)? Find(string text)
    {
        var words = text.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var field = Aliases.TryGetValue(words[0], out var alias) ? alias
            : FieldValues.Askable.FirstOrDefault(f => string.Equals(f, words[0], StringComparison.OrdinalIgnoreCase));
        if (field is null)
        {
            return null;
        }

        var rest = words.Length > 1 ? words[1] : string.Empty;
        rest = rest.StartsWith("to ", StringComparison.OrdinalIgnoreCase) ? rest[3..] : rest.TrimStart('=', ':', ' ');
        return (field, rest.Trim());
    }
}
