using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Recognisers;

/// <summary>
/// labeledExamples: "300 labeled tickets", "2k labelled examples", "about 2,000 examples", "labeled set of 500",
/// "a few hundred labeled examples" (300), "no labeled data" (0). A count next to "labeled" wins over a bare
/// count of examples/tickets; "unlabeled" counts are ignored. Runs last among the number readers, so a number
/// already read as money, volume, a duration or a corpus is never an example count.
/// </summary>
internal static class ExamplesRecogniser
{
    private const string Adjective =
        @"(?:(?:clean|high[-\s]?quality|curated|noisy|human|hand|expert|manually|carefully|already|fully|correctly|properly|well|verified|historical|past|real|existing|good|consistently|reliably|professionally)[-\u2010\u2011\s]+){0,2}";

    private const string Labeled =
        @"(?:labell?ed|annotated|tagged|graded|gold(?:[-\s]?standard)?|hand[-\s]?labell?ed|human[-\s]?labell?ed|expert[-\s]?labell?ed)\b";

    private const string Item =
        @"(?:examples?|samples?|tickets?|e-?mails?|documents?|docs?|records?|rows?|pairs?|conversations?|chats?|transcripts?|cases?|items?|instances?|data\s*points?|calls?|messages?|answers?|questions?|q&a\s+pairs?|images?|texts?|sentences?|reviews?|responses?|summaries|outputs?|demonstrations?|dialog(?:ue)?s?|invoices?|contracts?|forms?|receipts?|claims?|reports?|notes?|articles?|labels?|annotations?|data)\b";

    private const string Vague =
        "(?<v>a handful of|a few dozen|dozens of|a few hundred|several hundred|hundreds of|a few thousand|several thousand|thousands of|tens of thousands of)";

    private static readonly TriageRule[] Rules =
    [
        TriageRule.Ignore($$"""{{Qty}}\+? (?:[a-z-]+ )?(?:unlabell?ed|raw|unannotated)\b"""),
        Count($$"""{{Approx}}{{Qty}}\+? {{Adjective}}{{Labeled}}(?: (?:[a-z-]+ )?{{Item}})?"""),
        Count($$"""\b(?:labell?ed|annotated|training|gold|hand{{Hy}}labell?ed) (?:set|data(?:set)?|examples|samples|corpus|pairs)(?: (?:of|with|is|has|contains|around|about|totals?|totalling|roughly|approximately|size|count))*\s*[:=~≈]?\s*{{Approx}}{{Qty}}"""),
        new(Create(AnyOf(
            $$"""(?:\bno|\bzero|\bwithout(?: any)?|\black(?:s|ing)?(?: any)?|(?:\bdon't|\bdo not|\bdoesn't|\bdoes not) have(?: any)?) (?:labell?ed|annotated|training|gold|ground{{Hy}}truth|hand{{Hy}}labell?ed) (?:data|dataset|examples|samples|tickets|set|labels|pairs)\b""",
            """\bno labels\b""",
            """\bnothing (?:is )?labell?ed\b""",
            """\bzero examples\b""")),
            static (m, f) => f.First(ConstraintFields.LabeledExamples, 0, m)),
        VagueCount($$"""\b{{Vague}} {{Adjective}}{{Labeled}}(?: (?:[a-z-]+ )?{{Item}})?""", 1),
        Count($$"""{{Approx}}{{Qty}}\+? (?:(?:training|example|sample|historical|past|resolved|real|good|existing|support|customer) ){0,2}(?:examples?|samples?|tickets?|labels|annotations|demonstrations|(?:input{{Hy}}output|q&a|qa|prompt{{Hy}}response|question{{Hy}}answer|training) pairs?)\b""", TriageRule.Bare),
        VagueCount($$"""\b{{Vague}} (?:(?:training|historical|past|resolved|support|customer) )?(?:examples|samples|tickets|labels|annotations|demonstrations)\b""", TriageRule.Bare),
    ];

    /// <summary>Reads the labelled-example count into labeledExamples.</summary>
    public static void Recognise(TriageScan scan) => scan.Run(Rules, scan.Numbers);

    private static TriageRule Count(string pattern, int tier = 1) =>
        TriageRule.Number(ConstraintFields.LabeledExamples, pattern, (_, count) => count, tier);

    private static TriageRule VagueCount(string pattern, int tier) => new(Create(pattern), (match, findings) =>
        VagueValue(match.Groups["v"].Value) is { } count && findings.First(ConstraintFields.LabeledExamples, count, match), tier);

    private static double? VagueValue(string words) =>
        string.Join(' ', words.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) switch
        {
            "a handful of" => 5,
            "a few dozen" or "dozens of" => 36,
            "a few hundred" or "hundreds of" => 300,
            "several hundred" => 500,
            "a few thousand" or "thousands of" => 3000,
            "several thousand" => 5000,
            "tens of thousands of" => 30_000,
            _ => null,
        };
}
