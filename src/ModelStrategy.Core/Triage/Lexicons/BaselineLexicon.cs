using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Lexicons;

/// <summary>
/// baseline from words (they outrank a measured rate): "haven't tried anything yet", "no prototype yet" → untried;
/// "nearly there", "works most of the time", "it's close but…", "close enough" → close; "far off", "nowhere near",
/// "doesn't work", "unusable" → far. Not having tried fine-tuning says nothing about prompting.
/// </summary>
internal static class BaselineLexicon
{
    private static readonly TriageRule[] Rules =
    [
        TriageRule.Ignore("""\bnowhere near (?:enough|as)\b|\bfar from (?:enough|it)\b"""),
        TriageRule.Ignore("""\b(?:haven't|havent|have not|never|didn't|did not|not yet) (?:\w+ ){0,2}?(?:tried|try) (?:fine-?tun\w+|lora|training|pre-?training|a custom model|to train)"""),
        TriageRule.Choice(Baseline.Untried, AnyOf(
            """\b(?:haven't|havent|have not|hasn't|hasnt|has not|not yet|never|didn't|didnt|did not) (?:\w+ ){0,2}?(?:tried|try|built|prototyped|tested|attempted|experimented)\b""",
            """\bnothing (?:\w+ )?(?:tried|built|prototyped)(?: yet)?\b""",
            """\bno (?:llm|prompt\w*|rag|model|ai|prototype|poc|baseline|attempt|experiments?|pilot)s? (?:tried|yet|built|so far)\b""",
            """\b(?:haven't|have not|not yet) (?:done|run|tried) (?:any )?(?:prototyping|experiments?|testing|poc|pocs|pilots?)\b""",
            """\bno prototype\b|\b(?:haven't|have not|not yet) (?:really )?(?:started|begun) (?:anything|yet|at all|on (?:this|it))\b""",
            """\buntried\b""",
            """\b(?:prior work|status|baseline): (?:none|nothing)\b""")),
        TriageRule.Choice(Baseline.Far, AnyOf(
            """\bfar off\b""",
            """\bfar from (?:good|usable|acceptable|right|there|ready|working)\b""",
            """\bnot (?:even )?close\b""",
            """\bnowhere near\b""",
            """\b(?:doesn't|does not|didn't|did not|won't|isn't|wasn't|not) (?:really |even |quite |basically )?(?:work|working|usable|cut it|come close)\b""",
            """\bway off\b""",
            """\bunusable\b""",
            """\bpoor (?:results|quality|accuracy)\b""",
            """\bfalls? (?:way |far )?short\b""",
            """\bwrong more often than (?:right|correct|not)\b|\bmore often (?:wrong|off) than (?:right|not)\b|\bnowhere close\b""",
            """\b(?:tried|prototyped|tested|built|ran|piloted)\b.{0,80}?\b(?:it's|it is|it was|its|results? (?:are|were)|outputs? (?:are|were)) (?:\w+ ){0,2}?(?:useless|garbage|terrible|awful|hopeless|unusable|rubbish|a mess)\b""",
            """\b(?:results?|outputs?|quality|answers|accuracy|performance) (?:\w+ )?(?:were|was|are|is) (?:\w+ )?(?:poor|bad|terrible|awful|unusable|disappointing|useless|garbage|unacceptable)\b""",
            """\b(?:prototype|poc|pilot|attempt|prompt|prompting|rag|baseline|experiment)s? (?:\w+ ){0,2}?(?:was|is|were|are) (?:a |very |pretty |really )?(?:disaster|failure|flop|bust|dead end|disappointing|poor|useless|unreliable|bad)\b""")),
        TriageRule.Choice(Baseline.Close, AnyOf(
            """\b(?:gets?|got|getting|comes?|came|coming) (?:us )?(?:really |pretty |very |fairly |quite )?close\b""",
            """\bclose enough\b""",
            """\b(?:almost|nearly) (?:there|works|working|good enough|right)\b""",
            """\bmostly (?:works|working|right|correct|gets it right)\b""",
            """\bworks (?:most of the time|mostly|well enough)\b""",
            """\b(?:it's|it is|we're|we are|prototype is|prompt is|rag is|results are|it gets) (?:pretty |very |really |fairly |quite )?close\b""",
            """\bclose,? but\b""",
            """\b(?:most|much) of the way\b|\bright most of the time\b|\bgets? most (?:things|answers|cases|of them|questions) right\b""",
            """\b(?:prompt\w*|prototypes?|poc|attempts?|rag|gpt\S*|claude|llm)\b(?: \S+){0,6}? (?:produce|produces|gives?|gets?|writes?|returns?) (?:\w+ )?(?:decent|good|ok|okay|reasonable|solid|nice|fine) (?:\w+ ){0,2}?but\b""",
            """\bworks (?:okay|ok|fine|reasonably well|decently|pretty well|well),? but\b|\b(?:pretty|quite|fairly) good (?:already|but)\b|\bdecent but\b""")),
    ];

    /// <summary>Reads how the best prompting or RAG attempt went.</summary>
    public static void Read(TriageScan scan) => TriageRule.Run(scan, Rules);
}
