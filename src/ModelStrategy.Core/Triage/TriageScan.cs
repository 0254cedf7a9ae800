using System.Text.RegularExpressions;

namespace ModelStrategy.Core.Triage;

/// <summary>One parse in progress: the text, the spans numbers were taken from, and the findings.</summary>
internal sealed class TriageScan(string text, DateOnly? today = null)
{
    /// <summary>The day the text is read, for calendar deadlines; null when unknown.</summary>
    public DateOnly? Today { get; } = today;

    /// <summary>The text being read.</summary>
    public string Text { get; } = text;

    /// <summary>Spans claimed by the recognisers that read numbers; shared so one number feeds one field.</summary>
    public SpanClaims Numbers { get; } = new();

    /// <summary>What has been understood.</summary>
    public TriageFindings Findings { get; } = new(text);

    /// <summary>Runs <paramref name="rules"/> against the text, tier by tier, honouring and extending <paramref name="claims"/>.</summary>
    public void Run(IReadOnlyList<TriageRule> rules, SpanClaims claims)
    {
        foreach (var tier in rules.Select(rule => rule.Tier).Distinct().Order())
        {
            var candidates = new List<(Match Match, int Order)>();
            for (var i = 0; i < rules.Count; i++)
            {
                if (rules[i].Tier != tier)
                {
                    continue;
                }

                foreach (Match match in rules[i].Pattern.Matches(Text))
                {
                    if (match.Length > 0)
                    {
                        candidates.Add((match, i));
                    }
                }
            }

            foreach (var (match, order) in candidates.OrderBy(c => c.Match.Index).ThenBy(c => c.Order))
            {
                if (!claims.Overlaps(match.Index, match.Length) && rules[order].Apply(match, Findings))
                {
                    claims.Add(match.Index, match.Length);
                }
            }
        }
    }

    /// <summary>Runs a keyword family with claims of its own (keywords may overlap numbers and other families).</summary>
    public void RunKeywords(IReadOnlyList<TriageRule> rules) => Run(rules, new SpanClaims());
}
