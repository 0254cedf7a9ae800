using System.Text.RegularExpressions;

namespace ModelStrategy.Core.Triage;

/// <summary>
/// Shared regular-expression fragments and the one way patterns are compiled: the regex interpreter (cheap to build;
/// see docs/PERFORMANCE.md), case-insensitive, culture-invariant, with a match timeout. Patterns are written without
/// nested unbounded repeats (word gaps are bounded, "(?:\w+ ){0,3}?"), so matching stays near-linear in the text.
/// In pattern source a literal space means "one or more whitespace characters" and " ?" means "optional whitespace";
/// inside a character class write \s instead of a space.
/// </summary>
internal static class TriagePatterns
{
    /// <summary>Optional hyphen-like separator: "on-prem", "on prem", "onprem", "6‑week".</summary>
    public const string Hy = @"[-\u2010\u2011\u2013\s]?";

    /// <summary>A small count in digits or words ("3", "three", "a couple of").</summary>
    public const string Count = @"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|several|many|multiple)";

    /// <summary>Apostrophe forms: "don't" and "don’t".</summary>
    public const string Apos = @"['’]";

    /// <summary>The alternatives as one pattern ("a|b|c"), so long lists can be written one per line.</summary>
    public static string AnyOf(params string[] alternatives) => string.Join('|', alternatives);

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    /// <summary>True when <paramref name="anchors"/> is null or one of them occurs in <paramref name="lower"/>.</summary>
    public static bool MayMatch(string[]? anchors, string lower)
    {
        if (anchors is null)
        {
            return true;
        }

        foreach (var anchor in anchors)
        {
            if (lower.Contains(anchor, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Builds <paramref name="pattern"/> case-insensitively for the regex interpreter.</summary>
    public static Regex Create(string pattern) => new(
        pattern.Replace(" ?", @"\s*", StringComparison.Ordinal).Replace(" ", @"\s+", StringComparison.Ordinal).Replace("'", Apos, StringComparison.Ordinal),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        Timeout);
}
