using System.Text.RegularExpressions;
using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Recognisers;

/// <summary>
/// latencyP95Ms: "under 200ms", "&lt; 1 s", "sub-100 ms latency", "p95 of 300 ms", "within a second".
/// Milliseconds are always latency; seconds only next to a bound or a latency word ("6 s" alone is ignored).
/// "real-time" means 100 ms and "near real-time" 1000 ms, except about data ("real-time updates", "changes in
/// real time"), which is how fast facts change, not how fast the answer must come.
/// </summary>
internal static class LatencyRecogniser
{
    private const string Bound = @"(?:under|below|less\s+than|within|at\s+most|max(?:imum)?|<=?|≤|sub)";

    private const string LatencyWord =
        @"(?:p9[059](?:\s+latency)?|latency(?:\s+(?:target|budget|p9[059]))?|response\s+times?|respon(?:d|ds|ses?)\s+(?:with)?in|answers?\s+(?:with)?in)(?:\s+(?:of|is|under|below|at|around|about|within))*\s*[:~≈]?";

    private static readonly TriageRule[] Rules =
    [
        Ms($$"""(?:(?:{{LatencyWord}}|{{Bound}}|in|of|around|about|~|≈)\s*{{Hy}}\s*)?{{Qty}}\s*(?:ms|msecs?|millis(?:econds?)?|milliseconds?)\b(?: (?:latency|p9[059]|response times?|responses?))?""", 1),
        Ms($$"""(?:{{Bound}}|{{LatencyWord}})\s*{{Hy}}\s*{{Approx}}{{Qty}}\s*(?:s|secs?|seconds?)\b""", 1000),
        Ms($$"""{{Qty}}\s*(?:s|secs?|seconds?) (?:latency|p9[059]|response times?|responses?|or less|or faster)\b""", 1000),
        new(Create($$"""\b(?:{{Bound}}|in under|in less than) (?<half>half )?(?:a|one) second\b"""),
            static (m, f) => f.First(ConstraintFields.LatencyP95Ms, m.Groups["half"].Success ? 500 : 1000, m)),
        new(Create($$"""(?<pre>\b(?:chang\w*|updat\w*|refresh\w*|sync\w*|fluctuat\w*|move|moves)\s+(?:in\s+)?)?\b(?<near>near{{Hy}})?real{{Hy}}time\b(?<post>\s+(?:updates?|data|prices?|pricing|feeds?|sync\w*|changes?|information|info|inventory|stock|analytics|dashboards?|streams?|streaming|events?|knowledge|facts)\b)?"""),
            RealTime),
    ];

    /// <summary>Reads response-time budgets into latencyP95Ms.</summary>
    public static void Recognise(TriageScan scan) => scan.Run(Rules, scan.Numbers);

    private static TriageRule Ms(string pattern, double factor) =>
        TriageRule.Number(ConstraintFields.LatencyP95Ms, pattern, (_, value) => value * factor);

    private static bool RealTime(Match match, TriageFindings findings) =>
        !match.Groups["pre"].Success && !match.Groups["post"].Success
        && findings.First(ConstraintFields.LatencyP95Ms, match.Groups["near"].Success ? 1000 : 100, match);
}
