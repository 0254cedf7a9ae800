using System.Text.RegularExpressions;

namespace ModelStrategy.Core.Triage;

/// <summary>
/// One pattern and what a match of it means. <see cref="Apply"/> returns true when the match is used (its span is
/// then claimed); a "sink" rule returns true without setting anything, to keep a phrase from being misread.
/// Rules run tier by tier (lower first: sinks, then clear mentions, then bare ones); inside a tier the earliest
/// match in the text goes first.
/// </summary>
/// <param name="Pattern">What to look for.</param>
/// <param name="Apply">What a match means.</param>
/// <param name="Tier">When the rule runs relative to the others of its family.</param>
internal sealed record TriageRule(Regex Pattern, Func<Match, TriageFindings, bool> Apply, int Tier = 1)
{
    /// <summary>Tier of rules that only stop misreadings.</summary>
    public const int Sink = 0;

    /// <summary>Tier of rules for mentions that are clear only in context, tried last.</summary>
    public const int Bare = 2;

    /// <summary>A rule that claims its matches and sets nothing.</summary>
    public static TriageRule Ignore(string pattern) => new(TriagePatterns.Create(pattern), static (_, _) => true, Sink);

    /// <summary>A rule that sets an enum field to <paramref name="value"/> (first mention wins).</summary>
    public static TriageRule Choice<TEnum>(TEnum value, string pattern, int tier = 1) where TEnum : struct, Enum =>
        new(TriagePatterns.Create(pattern), (match, findings) => findings.First(value, match), tier);

    /// <summary>
    /// A rule that reads the quantity captured as <c>q</c>, converts it with <paramref name="convert"/> (null = not
    /// usable) and sets the numeric <paramref name="field"/> (first mention wins).
    /// </summary>
    public static TriageRule Number(string field, string pattern, Func<Match, double, double?> convert, int tier = 1) =>
        new(TriagePatterns.Create(pattern), (match, findings) =>
            Quantity.TryParse(match.Groups["q"].Value, out var raw)
            && convert(match, raw) is { } value
            && findings.First(field, value, match), tier);

    /// <summary>A rule that raises a 0–5 field to at least <paramref name="level"/>.</summary>
    public static TriageRule Level(string field, int level, string pattern) =>
        new(TriagePatterns.Create(pattern), (match, findings) => findings.Highest(field, level, match));
}
