using System.Text.RegularExpressions;

namespace ModelStrategy.Core.Triage;

/// <summary>
/// Shared regular-expression fragments and the one way patterns are compiled. Every pattern runs on the
/// non-backtracking engine (linear in the input, so no text can make it slow) with a timeout as a second guard.
/// Matching ignores case (invariant culture). A one-time cost: building the ~90 automata takes about a second
/// on a small machine, paid by the first parse in a process (a host may parse a warm-up text at start).
/// In pattern source a literal space means "one or more whitespace characters" and " ?" means "optional whitespace".
/// </summary>
internal static class TriagePatterns
{
    /// <summary>Optional hyphen-like separator: "on-prem", "on prem", "onprem", "6‑week".</summary>
    public const string Hy = @"[-\u2010\u2011\u2013\s]?";

    /// <summary>A plain number: "300", "2,000", "1.5".</summary>
    public const string Num = @"\b(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)";

    /// <summary>An optional multiplier after a number: "k", "m", "bn", "million".</summary>
    public const string Mult = @"(?:\s*(?:thousand|million|billion|trillion|k|mm|mn|m|bn|b|tn|t)\b)?";

    /// <summary>Words that soften or bound a number without changing it: "about", "~", "up to".</summary>
    public const string Approx =
        @"(?:(?:about|around|roughly|approximately|approx\.?|nearly|almost|over|more\s+than|at\s+least|up\s+to|only|just|some|~|≈)\s*)?";

    /// <summary>A quantity, or a range of two ("40-60k", "2 to 3"), captured as <c>q</c>.</summary>
    public const string Qty = "(?<q>" + Num + Mult + @"(?:\s*(?:-|–|—|\bto\b)\s*\$?" + Num + Mult + ")?)";

    /// <summary>A percentage, its number captured as <c>p</c>: "10%", "10 percent".</summary>
    public const string Pct = @"(?<p>\b\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b|pct\b)";

    /// <summary>The alternatives as one pattern ("a|b|c"), so long lists can be written one per line.</summary>
    public static string AnyOf(params string[] alternatives) => string.Join('|', alternatives);

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    /// <summary>Compiles <paramref name="pattern"/> case-insensitively on the non-backtracking engine.</summary>
    public static Regex Create(string pattern) => new(
        pattern.Replace(" ?", @"\s*", StringComparison.Ordinal).Replace(" ", @"\s+", StringComparison.Ordinal),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture,
        Timeout);
}
