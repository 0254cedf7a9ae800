using System.Text.RegularExpressions;
using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Lexicons;

/// <summary>
/// domainNovelty (0–5, the highest stated wins) and, from 4 up, need = domain-language. 5: "looks nothing like public
/// data", "no public model has ever seen it". 4: public models barely or poorly cover it, a niche language or data
/// type ("our own DSL", "novel domain", "spectroscopy"). 3: heavy jargon that public models only half understand.
/// 2: some jargon, mostly plain language. 1: ordinary business language. 0: everyday general content.
/// </summary>
internal static class NoveltyLexicon
{
    /// <summary>Rank of need = domain-language (it outranks every other need).</summary>
    public const int DomainLanguageRank = 3;

    private const string Models = @"(?:models?|llms?|ai|gpt\S*|chatgpt|claude|llama|foundation models?)";

    private static readonly TriageRule[] Rules =
    [
        Novel(5, AnyOf(
            """\b(?:looks?|looking|is|are|reads?) nothing like (?:\w+ ){0,7}?(?:public|natural|normal|ordinary|general|web|internet|any|everyday|human|english)\b""",
            $$"""\b(?:no|none of the|not a single) (?:\w+ ){0,2}?(?:public |general-purpose |general |existing |off-the-shelf |commercial |open )?{{Models}} (?:\w+ ){0,3}?(?:has |have |had |was |were |can |could )?(?:ever )?(?:seen|trained on|read|reads|understands?|understood|parse|parses|cover|covers|covered|handle|handles|knows?)\b""",
            $$"""\b(?:public|existing|general|off-the-shelf|commercial|open|current) (?:\w+ )?{{Models}} (?:have|has|had) never (?:seen|been trained on|encountered)\b""",
            """\bnobody outside (?:\w+ ){0,3}?(?:has )?(?:ever )?seen\b|\bnever (?:been )?seen (?:by|in) (?:any )?public\b""")),
        Novel(4, AnyOf(
            """\b(?:barely|poorly|hardly|badly) (?:covers?|covered|knows?|understands?|copes?|cope|handles?|handled|represented|make sense|makes sense|supported|speaks?)\b""",
            """\b(?:covers?|covered|handles?|handled|understands?|knows?|speaks?) (?:\w+ ){0,4}?(?:poorly|badly|barely)\b""",
            $$"""\b(?:public|off-the-shelf|general|generic|existing|base|commercial|hosted|frontier) (?:\w+ )?{{Models}} (?:don't|do not|doesn't|does not|can't|cannot|fail to) (?:really )?(?:understand|cover|handle|speak|read|parse|make sense of|interpret|decipher)\b""",
            $$"""\b(?:public|general|existing|off-the-shelf|commercial|current|base|generic) (?:\w+ )?{{Models}} (?:\w+ )?(?:struggle|struggles|struggled) (?:with|to)\b""",
            $$"""\b{{Models}} (?:\w+ ){0,2}?(?:don't|do not|doesn't|does not|can't|cannot|never) (?:really |even )?(?:know|understand|speak|read|write|parse|handle|cope with) (?:these|this|those|our|the|that|its|their) (?:\w+ )?(?:languages?|notations?|dialects?|syntax|dsls?)\b""",
            $$"""\b(?:notation|codes|mnemonics|shorthand|jargon|abbreviations|acronyms|syntax|languages?|dialects?|terminology|formats?)\b(?: \S+){0,3}? (?:that|which) (?:\w+ )?{{Models}} (?:\w+ )?(?:ha(?:s|ve) no (?:clue|idea)|(?:don't|doesn't|do not|does not|can't|cannot) (?:really )?(?:understand|read|parse|handle|know)|struggles? with|barely (?:know|knows|understand|understands))\b""",
            """\bnovel domain\b|\bour own (?:\w+ )?(?:language|jargon|terminology|vocabulary|notation|dsl|dialect)\b""",
            """\b(?:internal|custom|proprietary|in-house) (?:query |programming |scripting |config |domain-specific )?(?:language|dsl|dialect|notation)\b|\bdomain-specific language\b|\bdsl\b""",
            """\b(?:under|low|poorly)[-\s]?resourced\b|\b(?:does|do|did|handles?|handled|performs?|performed) (?:it |this |that |them )?(?:poorly|badly|terribly)\b""",
            """\bspectroscop\w*|\bspectra\b|\bgenomic\w*|\bdna sequences?\b|\bseismic\b|\bsensor (?:data|readings|signals|logs)\b|\b(?:low-resource|rare|endangered|indigenous) languages?\b""")),
        Novel(3, AnyOf(
            $$"""\b{{Models}} (?:\w+ )?(?:know|understand|cover|handle)s? (?:most|much|a lot) of (?:it|the (?:jargon|terminology|vocabulary|language))\b""",
            """\b(?:only )?half[-\s]?(?:understand|understands|understood|know|knows|get|gets|cover|covers)\b""",
            """\bheavy (?:\w+ )?jargon\b|\bheavily speciali[sz]ed\b|\bdense (?:\w+ )?(?:jargon|shorthand)\b|\bspeciali[sz]ed (?:with )?(?:heavy )?jargon\b""")),
        Novel(2, """\bsome (?:\w+ )?jargon\b|\bmostly plain (?:english|language)\b"""),
        Novel(1, """\bordinary (?:\S+ ){0,2}?(?:language|english|text|writing|vocabulary)\b|\b(?:well|widely) covered\b"""),
        Novel(0, """\beveryday (?:general )?(?:content|topics|conversation|language)\b"""),
    ];

    /// <summary>Reads how far the domain is from public data.</summary>
    public static void Read(TriageScan scan) => TriageRule.Run(scan, Rules);

    private static TriageRule Novel(int level, string pattern) => new(Create(pattern), (match, scan) => Apply(match, scan, level));

    private static bool Apply(Match match, TriageScan scan, int level)
    {
        if (level == 4 && !MentionsModels(scan.Text, match))
        {
            return false;
        }

        var set = scan.Findings.Level(ConstraintFields.DomainNovelty, level, match);
        if (set && level >= 4)
        {
            scan.Findings.Choice(Need.DomainLanguage, DomainLanguageRank, match);
        }

        return set;
    }

    private static readonly Regex ModelWords = Create("""\b(?:models?|llms?|gpt\S*|public|ai|chatgpt|claude)\b""");

    /// <summary>"barely covers" counts only in a sentence about models or public data, never about a budget.</summary>
    private static bool MentionsModels(string text, Match match)
    {
        if (!match.Value.Contains("barely", StringComparison.OrdinalIgnoreCase) && !match.Value.Contains("poorly", StringComparison.OrdinalIgnoreCase)
            && !match.Value.Contains("hardly", StringComparison.OrdinalIgnoreCase) && !match.Value.Contains("badly", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var start = Math.Max(0, text.LastIndexOfAny(['.', '\n', ';', '!', '?'], Math.Max(0, match.Index - 1)) + 1);
        var end = text.IndexOfAny(['.', '\n', ';', '!', '?'], match.Index + match.Length);
        var sentence = text[start..(end < 0 ? text.Length : end)];
        return ModelWords.IsMatch(sentence);
    }
}
