using System.Text.RegularExpressions;

namespace ModelStrategy.Core.Triage;

/// <summary>
/// One pattern of a word family and what a match means. <see cref="Apply"/> returns true when the match is used (its
/// span is then claimed within the family); a sink rule returns true without setting anything, so that a phrase such
/// as "no PII" is never read as "PII". Sinks run first; then the rules in order, each match in text order.
/// </summary>
/// <param name="Pattern">What to look for.</param>
/// <param name="Apply">What a match means.</param>
/// <param name="IsSink">Runs first and only stops misreadings.</param>
internal sealed record TriageRule(Regex Pattern, Func<Match, TriageScan, bool> Apply, bool IsSink = false)
{
    /// <summary>The pattern's top-level alternatives, each run only where its anchor words occur.</summary>
    public PatternPart[] Parts { get; } = PatternPart.Split(Pattern);

    /// <summary>A rule that claims its matches and sets nothing.</summary>
    public static TriageRule Ignore(string pattern) => new(TriagePatterns.Create(pattern), static (_, _) => true, IsSink: true);

    /// <summary>A rule that offers <paramref name="value"/> with <paramref name="rank"/> (higher wins, then the earlier).</summary>
    public static TriageRule Choice<TEnum>(TEnum value, string pattern, int rank = 2) where TEnum : struct, Enum =>
        new(TriagePatterns.Create(pattern), (match, scan) => scan.Findings.Choice(value, rank, match));

    /// <summary>A rule that raises a 0–5 field to at least <paramref name="level"/>.</summary>
    public static TriageRule Level(string field, int level, string pattern) =>
        new(TriagePatterns.Create(pattern), (match, scan) => scan.Findings.Level(field, level, match));

    /// <summary>A rule that offers a number for <paramref name="field"/> with <paramref name="rank"/>.</summary>
    public static TriageRule Number(string field, double value, string pattern, int rank = 2) =>
        new(TriagePatterns.Create(pattern), (match, scan) => scan.Findings.Number(field, value, rank, match));

    /// <summary>
    /// Runs <paramref name="rules"/> (sinks first) with claims of their own, within the scan's budget: each alternative
    /// of a pattern only over the sentences that hold one of its anchors, and at most
    /// <see cref="TriageBudget.MaxMatchesPerPattern"/> matches of it.
    /// </summary>
    public static void Run(TriageScan scan, IReadOnlyList<TriageRule> rules)
    {
        var claims = new SpanClaims();
        foreach (var sinks in new[] { true, false })
        {
            foreach (var rule in rules)
            {
                if (rule.IsSink != sinks)
                {
                    continue;
                }

                foreach (var part in rule.Parts)
                {
                    if (scan.Budget.Spent)
                    {
                        return;
                    }

                    foreach (var match in part.Matches(scan))
                    {
                        if (match.Length > 0 && !claims.Overlaps(match.Index, match.Length) && rule.Apply(match, scan))
                        {
                            claims.Add(match.Index, match.Length);
                        }
                    }
                }
            }
        }
    }
}
