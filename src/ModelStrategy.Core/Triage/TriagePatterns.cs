using System.Text.RegularExpressions;

namespace ModelStrategy.Core.Triage;

/// <summary>
/// Shared regular-expression fragments and the one way patterns are compiled. Patterns run on .NET's regex
/// interpreter: building all ~90 takes about 40 ms and 1 MB, where the non-backtracking engine used before took
/// 2.6 s of CPU and kept 213 MB of automata alive for the life of the process (the host's start-up time and most of
/// its memory). The patterns have no nested unbounded quantifiers over the same characters, so backtracking stays
/// near-linear: on 4,000-character adversarial inputs (repeated digits, "1,000,", "latency of ", …) the slowest
/// pattern takes 8 ms and all of them together under 100 ms (docs/PERFORMANCE.md, "Triage regexes"). Every
/// pattern still has a timeout, input is capped at <see cref="TriageParser.MaxScannedLength"/> characters, and a
/// recogniser that times out is skipped. Matching ignores case (invariant culture).
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

    /// <summary>Builds <paramref name="pattern"/> case-insensitively for the regex interpreter.</summary>
    public static Regex Create(string pattern) => new(
        pattern.Replace(" ?", @"\s*", StringComparison.Ordinal).Replace(" ", @"\s+", StringComparison.Ordinal),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        Timeout);
}
