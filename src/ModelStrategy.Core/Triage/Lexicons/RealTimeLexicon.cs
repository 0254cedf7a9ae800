using System.Text.RegularExpressions;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Triage.Lexicons;

/// <summary>
/// latencyP95Ms from "real-time" (100 ms) and "near real-time" (1000 ms) when they are about answering; "real-time
/// prices", "changes in real time" are about how fast facts change (read by <see cref="ChangeRateLexicon"/>).
/// </summary>
internal static class RealTimeLexicon
{
    private static readonly TriageRule[] Rules =
    [
        new(TriagePatterns.Create("""(?<pre>\b(?:chang\w*|updat\w*|refresh\w*|sync\w*|fluctuat\w*|move|moves|stream\w*)\s+(?:in\s+)?)?\b(?<near>near[-\s]?)?real[-\s]?time\b(?<post>\s+(?:updates?|data|prices?|pricing|feeds?|sync\w*|changes?|information|info|inventory|stock|analytics|dashboards?|streams?|streaming|events?|knowledge|facts|status|tracking|monitoring))?"""), Apply),
    ];

    /// <summary>Reads "real-time" as a response-time limit.</summary>
    public static void Read(TriageScan scan) => TriageRule.Run(scan, Rules);

    private static bool Apply(Match match, TriageScan scan) =>
        !match.Groups["pre"].Success && !match.Groups["post"].Success
        && scan.Findings.Number(ConstraintFields.LatencyP95Ms, match.Groups["near"].Success ? 1000 : 100, 1, match);
}
