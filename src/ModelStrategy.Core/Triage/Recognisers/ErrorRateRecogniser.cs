using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Recognisers;

/// <summary>
/// baselineErrorRatePct: "fails 10% of the time", "15% error rate", "GPT-4 gets 90% right" (error = 100 − 90),
/// "accuracy of 85%". A percentage counts only next to a failure or accuracy word, and a target ("need 95%
/// accuracy") is not a measurement. When no words set the baseline, a rate of at most
/// <see cref="CloseMaxErrorPct"/>% means close and a higher one far.
/// </summary>
internal static class ErrorRateRecogniser
{
    /// <summary>Highest failure rate still counted as a close baseline.</summary>
    public const double CloseMaxErrorPct = 25;

    private const string Of = @"(?:\s+of\s+(?:the\s+|our\s+|all\s+)?[a-z-]+(?:\s+[a-z-]+)?)";

    private const string Around = @"(?:\s+(?:about|around|roughly|in|on|for|at|over|nearly|almost|like|only|just|~))*\s*";

    private static readonly TriageRule[] Rules =
    [
        TriageRule.Ignore($$"""\b(?:need|needs|needed|require[sd]?|requirement|target(?:ing|s)?|goal|must|should|aim(?:ing)?|want|expect(?:ed|s)?|minimum|min|sla|kpi)\b(?: [a-z]+){0,3}? {{Approx}}{{Pct}}(?: (?:of (?:the )?[a-z]+ )?(?:accuracy|accurate|correct|right|precision|error rate|errors?|success rate))?"""),
        Error($$"""\b(?:fails?|failing|failed|wrong|errors?|erroneous|incorrect|hallucinat\w*|mistakes?|miss(?:es)?|breaks?|broken|inaccurate){{Around}}{{Pct}}{{Of}}?""", accuracy: false),
        Error($$"""{{Approx}}{{Pct}}{{Of}}? (?:(?:is|are|were|was|it's|it is|it|they|come out|comes out|came out|gets?|got|are still) )*(?:error rate|errors?|failures?|failure rate|fail|failed|wrong|incorrect|hallucinations?|hallucinated|hallucinate|mistakes?|misclassified|inaccurate)\b""", accuracy: false),
        Error($$"""\b(?:error|failure|hallucination|miss|defect) rate(?: (?:of|is|at|around|about|roughly|near|was|still))*\s*[:~≈]?\s*{{Pct}}""", accuracy: false),
        Error($$"""(?:\b(?:gets?|got|getting|hits?|achieves?|reaches|scores?) )?{{Approx}}{{Pct}}{{Of}}? (?:(?:is|are|were|was) )?(?:right|correct|correctly|accurate|accurately|accuracy|success rate|successful|usable|well|of the way(?: there)?)\b""", accuracy: true),
        Error($$"""\b(?:accuracy|success rate|precision|hit rate|pass rate)(?: (?:of|is|at|around|about|roughly|near|only|just|was|still))*\s*[:~≈]?\s*{{Pct}}""", accuracy: true),
        Error($$"""\b(?:works|succeeds|right|correct|passes){{Around}}{{Pct}}{{Of}}?""", accuracy: true),
    ];

    /// <summary>Reads a measured failure rate into baselineErrorRatePct (and baseline, when words did not set it).</summary>
    public static void Recognise(TriageScan scan) => scan.Run(Rules, scan.Numbers);

    private static TriageRule Error(string pattern, bool accuracy) => new(Create(pattern), (match, findings) =>
    {
        if (!double.TryParse(match.Groups["p"].Value, System.Globalization.CultureInfo.InvariantCulture, out var pct) || pct > 100)
        {
            return false;
        }

        var error = accuracy ? 100 - pct : pct;
        if (!findings.First(ConstraintFields.BaselineErrorRatePct, error, match))
        {
            return false;
        }

        findings.First(error <= CloseMaxErrorPct ? Baseline.Close : Baseline.Far, match);
        return true;
    });
}
