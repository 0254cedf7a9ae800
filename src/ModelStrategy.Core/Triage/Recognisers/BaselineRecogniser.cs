using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Recognisers;

/// <summary>
/// baseline from words: "prompting gets close", "almost there" → close; "tried RAG and it's far off",
/// "not even close", "doesn't work" → far; "haven't tried anything" → untried. A bare "is close" is deliberately
/// not read (it is as often about a deadline). A measured rate without such words is read by
/// <see cref="ErrorRateRecogniser"/>.
/// </summary>
internal static class BaselineRecogniser
{
    private static readonly TriageRule[] Rules =
    [
        TriageRule.Choice(Baseline.Untried, AnyOf(
            """(?:\bhaven't|\bhave not|\bnot yet|\bnever|\bdidn't|\bdid not)(?: [a-z]+)? tried\b""",
            """\bnothing tried\b""",
            """\bnot tried\b""",
            """\buntried\b""",
            """\bno baseline\b""",
            """\bno (?:prototype|poc|experiments?) yet\b"""), TriageRule.Sink),
        TriageRule.Choice(Baseline.Far, AnyOf(
            """\bfar off\b""",
            """\bfar from\b""",
            """\bfar below\b""",
            """\bnot (?:even )?close\b""",
            """\bnowhere near\b""",
            """(?:\bdoesn't|\bdoes not|\bdidn't|\bdid not|\bwon't|\bisn't|\bwasn't|\bnot) (?:really |even |quite )?(?:work|working|good enough|usable|cut it|come close)\b""",
            """\bway off\b""",
            """\bunusable\b""",
            """\bpoor (?:results|quality|accuracy)\b""",
            """\b(?:fails?|failed|failing) (?:badly|miserably|completely)\b""",
            """\bfalls? (?:way |far )?short\b""")),
        TriageRule.Choice(Baseline.Close, AnyOf(
            """\b(?:gets?|got|getting|comes?|came|coming) (?:us )?(?:really |pretty |very |fairly |quite )?close\b""",
            """\bclose enough\b""",
            """\b(?:almost|nearly) (?:there|works|working|good enough|right)\b""",
            """\bmostly (?:works|working|right|correct)\b""",
            """\bworks (?:most of the time|mostly|well enough)\b""")),
    ];

    /// <summary>Reads how the best prompting/RAG attempt went into baseline.</summary>
    public static void Recognise(TriageScan scan) => scan.RunKeywords(Rules);
}
