using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Lexicons;

/// <summary>
/// dataQuality. Statements about the labels (rank 2): "labels are a mess", "noisy", "crowd-sourced and unchecked",
/// "inconsistent across cohorts" → noisy; "mixed quality", "half reviewed", "quality varies" → mixed; "labels are
/// clean", "high-quality labels" → clean. Evidence of review in a sentence that counts labelled examples (rank 1):
/// verified, approved, adjudicated, double-reviewed, audited, curated, gold, signed off → clean.
/// </summary>
internal static class DataQualityLexicon
{
    private const string Subject = @"(?:labels|tags|annotations|data|dataset|coding|codes|entries|tagging|labell?ing|grades|examples|pairs|categories|categori[sz]ation)";

    private static readonly TriageRule[] Statements =
    [
        TriageRule.Ignore("""\bnot (?:very |that |so )?noisy\b|\bnoisy (?:environment|room|neighbo\w+)\b"""),
        TriageRule.Choice(DataQuality.Mixed, AnyOf(
            """\bmixed[-\s]?quality\b""",
            """\b(?:partly|partially|somewhat|only partially|half) (?:reviewed|clean|checked|verified|labell?ed|cleaned)\b""",
            """\bsome (?:of (?:them|these|those|it|the \w+) )?(?:were |are |have been |got )?(?:double[-\s]?)?(?:checked|reviewed|verified|validated|cleaned)\b,? (?:and |but )?(?:others|the rest|some|most)\b""",
            """\bquality (?:varies|varied|is mixed|is uneven|is inconsistent)\b""",
            """\bvarying quality\b|\buneven(?:ly)? quality\b|\bmixed (?:labels|bag)\b""",
            $$"""\b{{Subject}} (?:\w+ ){0,6}?(?:are|is|were|was) (?:\w+ ){0,2}?mixed\b""")),
        TriageRule.Choice(DataQuality.Noisy, AnyOf(
            """\bnoisy\b|\bmessy\b""",
            $$"""\b{{Subject}} (?:\S+ ){0,8}?(?:are|is|were|was|r) (?:\w+ ){0,2}?(?:noisy|messy|inconsistent|unreliable|a mess|all over the place|garbage|poor|bad|low quality|dirty|wrong)\b""",
            """\bspot[-\s]?checks? (?:show|showed|found|reveal\w*) (?:lots of|many|a lot of|plenty of) (?:errors|mistakes)\b""",
            """\bunchecked\b|\bunreviewed (?:labels|data|annotations)\b""",
            """\b(?:nobody|no one|never|not|wasn't|weren't|haven't been|hasn't been|were never|was never|aren't|isn't|without being) (?:\w+ ){0,2}?(?:double[-\s]?)?(?:checked|reviewed|verified|validated|audited|qa'd|cleaned)\b""",
            """\binconsistent(?:ly)? (?:labell?ed|labels|annotations|data|tags|between|across|by)\b""",
            """\b(?:pretty|very|quite|really|super|highly) inconsistent\b""",
            """\ball over the place\b""",
            """\b(?:keying|labell?ing|annotation|data[-\s]entry|tagging|coding|transcription) (?:errors|mistakes) (?:are |were )?(?:common|frequent|everywhere|rife|widespread)\b|\b(?:lots of|many|frequent|plenty of|a lot of) (?:labell?ing|annotation|keying|data[-\s]entry|tagging|coding|transcription) (?:errors|mistakes)\b""",
            """\b(?:low|poor)[-\s]?quality (?:labels|data|annotations|tags)\b""",
            """\b(?:auto-?generated|machine-?generated|heuristic|weak|synthetic) (?:\w+ )?(?:labels|annotations|tags)\b""")),
        TriageRule.Choice(DataQuality.Clean, AnyOf(
            $$"""\b{{Subject}} (?:are|is) (?:very |really |pretty |fairly |all |consistently )?(?:clean|high[-\s]quality|consistent|reliable|accurate|trustworthy|gold[-\s]standard)\b""",
            """\b(?:clean|high[-\s]quality|expert[-\s]labell?ed|expert[-\s]annotated|gold[-\s]standard) (?:\w+ )?(?:labels|data|examples|annotations|dataset|pairs|set)\b""",
            """\b(?:labell?ed|tagged|coded|annotated|categori[sz]ed) (?:very |pretty |fairly |quite |highly |extremely )?consistently\b""",
            $$"""\b{{Subject}} (?:\w+ ){0,3}?(?:applied|assigned) (?:very |pretty |fairly |quite |highly |extremely )?consistently\b""",
            """\b(?:labels|annotations|data|dataset|examples|tags) (?:went|go|have gone|has gone|were put|are put) through (?:\w+ ){0,3}?(?:review|reviews|qa|quality control|checks|adjudication|validation|verification)\b""",
            """\b(?:labels|annotations|dataset|examples|tags|labell?ing) (?:\w+ ){0,2}?(?:were|are|was|is|have been|has been|got|get) (?:all |each |every one |also )?(?:double[-\s]?checked|double[-\s]?reviewed|verified|validated|reviewed|adjudicated|audited|curated|checked|approved|quality[-\s]?controlled|qa'd|qc'd)\b""")),
    ];

    private static readonly TriageRule[] InLabelledSentences =
    [
        TriageRule.Choice(DataQuality.Noisy, """\b(?:not|aren't|isn't|weren't|wasn't|never|rarely) (?:always |very |that |entirely |fully |particularly )?(?:consistent|reliable|accurate|clean|correct)\b"""),
        TriageRule.Choice(DataQuality.Clean, """\b(?:good|high|great|excellent|top|very good)[-\s]quality\b|\b(?:consider|considered|deem|deemed|judge|judged) (?:\w+ )?(?:good|great|excellent|high[-\s]quality|exemplary|correct|gold|best)\b|\bquality is (?:very |really |pretty )?(?:good|high|great|excellent|decent|solid)\b"""),
        TriageRule.Choice(DataQuality.Clean, """\b(?:labell?ed|annotated|tagged|coded|graded) by (?:our |the |in-house |domain |senior )?(?:\w+ )?(?:experts|specialists|smes|subject[-\s]matter experts|clinicians|doctors|physicians|radiologists|pathologists|pharmacists|lawyers|attorneys)\b"""),
    ];

    private static readonly TriageRule Evidence = TriageRule.Choice(DataQuality.Clean, AnyOf(
        """\b(?:double[-\s]?)?(?:verified|validated|approved|reviewed|adjudicated|audited|curated|confirmed|checked|reconciled|certified|qc'd)\b""",
        """\bprofessionally (?:translated|labell?ed|annotated|written|transcribed|coded|reviewed|edited)\b""",
        """\bsigned off\b|\bgold\b|\bexemplary\b|\bexpert[-\s]labell?ed\b|\b(?:rated|scored) (?:\S+ ){0,2}?(?:great|excellent|good|highly|[45])\b|\bby (?:the )?qa\b|\bqa (?:scored|reviewers|reviewed|team)\b"""), 1);

    /// <summary>Reads statements about label quality, then review evidence in sentences that count labelled examples.</summary>
    public static void Read(TriageScan scan, IReadOnlyList<TriagePhrase> labelledSentences)
    {
        TriageRule.Run(scan, Statements);
        foreach (var sentence in labelledSentences)
        {
            if (!scan.Budget.TrySpend(sentence.Length))
            {
                break;
            }

            foreach (var rule in InLabelledSentences)
            {
                for (var m = rule.Pattern.Match(scan.Text, sentence.Index, sentence.Length); m.Success; m = m.NextMatch())
                {
                    rule.Apply(m, scan);
                }
            }

            for (var m = Evidence.Pattern.Match(scan.Text, sentence.Index, sentence.Length); m.Success; m = m.NextMatch())
            {
                if (Evidence.Apply(m, scan))
                {
                    break;
                }
            }
        }
    }
}
