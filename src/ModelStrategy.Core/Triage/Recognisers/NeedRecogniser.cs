using System.Text.RegularExpressions;
using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Recognisers;

/// <summary>
/// need, from cues: knowledge ("our docs", "knowledge base", "answer questions from our documents"), behaviour
/// ("JSON output", "strict schema", "consistent format", "brand voice", "tone"), domain language ("novel domain",
/// "our own language", "spectroscopy", "a modality no public model covers", which also sets domainNovelty to 4)
/// and general ("off-the-shelf is fine"). Precedence: domain-language, then both (knowledge and behaviour cues),
/// then the one kind seen, then general. The phrase of "both" runs from the first cue to the other (or is the
/// later cue alone when that span is too long).
/// </summary>
internal static class NeedRecogniser
{
    private const int NovelDomain = 4;
    private const int MaxSpan = 120;

    private static readonly Regex DomainLanguage = TriagePatterns.Create(AnyOf(
        """\bnovel domain\b""",
        """\b(?:very |highly )?speciali[sz]ed (?:domain|language|vocabulary|jargon)\b""",
        """\bour own (?:\w+ )?(?:language|jargon|terminology|vocabulary|notation)\b""",
        """\b(?:internal|proprietary|domain) (?:jargon|terminology)\b""",
        """\b(?:own|internal|custom|proprietary) (?:query |programming |scripting |domain[-\s]specific )?(?:language|dsl)\b""",
        """\bdomain[-\s]specific language\b""",
        """\bdsl\b""",
        """\bspectroscop\w*""",
        """\bspectra\b""",
        """\bgenomic\w*""",
        """\bdna sequences?\b""",
        """\bprotein sequences?\b""",
        """\bseismic\b""",
        """\bsensor (?:data|readings|signals)\b""",
        """\b(?:low[-\s]resource|rare|endangered|indigenous) languages?\b""",
        """\b(?:(?:a |an )?(?:modality|data type|format|language) (?:that )?)?(?:no|none of the) public models? (?:\w+ ){0,2}?(?:covers?|understands?|knows?|handles?|supports?)\b""",
        """\b(?:public|off[-\s]the[-\s]shelf|existing|general) models? (?:don't|do not|doesn't|does not|can't|cannot|fail to) (?:really )?(?:understand|cover|know|handle|speak|read)\b""",
        """\b(?:heavy|lots of|dense) jargon\b"""));

    private static readonly Regex Knowledge = TriagePatterns.Create(AnyOf(
        """\b(?:our|internal|company|in-house|product|proprietary|the company's|customers') (?:[\w-]+ ){0,2}?(?:docs|documents|documentation|manuals|wiki|wikis|policies|policy documents|knowledge base|knowledge|kb|faqs?|handbooks?|catalog(?:ue)?|contracts|pdfs|runbooks|playbooks|help cent(?:er|re)|articles)\b""",
        """\bknowledge[-\s]?base\b""",
        """\bkb\b""",
        """\bconfluence\b""",
        """\bsharepoint\b""",
        """\bwiki\b""",
        """\bhelp cent(?:er|re)\b""",
        """\b(?:answer|answers|answering) (?:[\w'’-]+ ){0,2}?(?:questions|queries) (?:from|about|using|based on|over|on) (?:our|the|internal|company)(?: (?:docs|documents|documentation|files|knowledge base|wiki|manuals|policies|data))?\b""",
        """\b(?:from|over|across|using|grounded in|based on) (?:our|internal|company) (?:docs|documents|documentation|files|knowledge base|knowledge)\b""",
        """\bup[-\s]to[-\s]date (?:facts|information|info|prices|pricing|data)\b""",
        """\blatest (?:prices|pricing|policies|information|docs)\b"""));

    private static readonly Regex Behavior = TriagePatterns.Create(AnyOf(
        """\bjson(?: (?:output|format|schema|mode|objects?|responses?))?\b""",
        """\bxml output\b""",
        """\bstrict(?:ly)? (?:\w+ )?(?:schema|format|template)\b""",
        """\b(?:consistent|fixed|specific|exact|structured|strict|rigid|predefined|required) (?:output |response )?(?:format|formatting|structure|schema|style|outputs?)\b""",
        """\boutput (?:format|schema|structure)\b""",
        """\btone of voice\b""",
        """\bbrand (?:voice|tone)\b""",
        """\bour (?:tone|voice|style)\b""",
        """\bhouse style\b""",
        """\bstyle guide\b""",
        """\bwriting style\b""",
        """\bon[-\s]brand\b""",
        """\btone\b""",
        """\bfollow (?:our |the |a )?(?:template|guidelines|format|style guide|schema)\b""",
        """(?:\bdoesn't|\bdoes not|\bdon't|\bwon't|\bfails? to) follow (?:the |our )?(?:format|schema|instructions|template|guidelines)\b"""));

    private static readonly Regex General = TriagePatterns.Create(AnyOf(
        """\b(?:off[-\s]the[-\s]shelf|base|general|generic|stock) models? (?:is|are|works?|seems?) (?:fine|enough|good enough|ok|okay|sufficient)\b""",
        """\bgeneral knowledge\b""",
        """\bgeneral[-\s]purpose\b"""));

    /// <summary>Reads what is missing today into need (and domainNovelty for a novel domain).</summary>
    public static void Recognise(TriageScan scan)
    {
        var findings = scan.Findings;
        if (DomainLanguage.Match(scan.Text) is { Success: true } novel)
        {
            findings.First(Need.DomainLanguage, novel);
            findings.Highest(ConstraintFields.DomainNovelty, NovelDomain, novel);
            return;
        }

        var knowledge = Knowledge.Match(scan.Text);
        var behavior = Behavior.Match(scan.Text);
        if (knowledge.Success && behavior.Success)
        {
            var (first, last) = knowledge.Index <= behavior.Index ? (knowledge, behavior) : (behavior, knowledge);
            var span = TriagePhrase.Spanning(first, last);
            findings.First(Need.Both, span.Length <= MaxSpan ? span : last);
        }
        else if (knowledge.Success || behavior.Success)
        {
            findings.First(knowledge.Success ? Need.Knowledge : Need.Behavior, knowledge.Success ? knowledge : behavior);
        }
        else if (General.Match(scan.Text) is { Success: true } general)
        {
            findings.First(Need.General, general);
        }
    }
}
