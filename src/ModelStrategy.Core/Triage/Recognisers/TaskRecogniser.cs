using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Recognisers;

/// <summary>
/// taskType: the earliest task word in the text wins ("a chatbot that summarizes" is qa). code: "code generation",
/// "write SQL", "text-to-SQL", "copilot"; agent: "AI agent", "agentic", "tool use", "take actions"; qa: "chatbot",
/// "Q&amp;A", "answer questions"; summarization; extraction: "extract", "parse invoices", "NER"; classification:
/// "classify", "categorize", "route tickets", "sentiment", "moderation"; generation: "draft", "write emails",
/// "write", "rewrite", "translate" (code words win a tie: "write code" is code). "Triage" and a bare "agents" (often people) are deliberately not task words.
/// </summary>
internal static class TaskRecogniser
{
    private static readonly TriageRule[] Rules =
    [
        TriageRule.Choice(TaskType.Code, AnyOf(
            """\bcode (?:generation|completion|assistant|review|suggestions?|gen)\b""",
            """\bcoding\b""",
            """\b(?:write|writes|writing|generate|generates|generating|produce|complete|completing) (?:\w+ )?(?:code|sql|scripts|unit tests|functions)\b""",
            """\btext[-\s]to[-\s](?:sql|code)\b""",
            """\bsql generation\b""",
            """\b(?:review|reviews|reviewing|explain|explains|refactor|refactors|fix|fixes|debug|debugs) (?:[\w-]+ )?code\b""",
            """\bcopilot\b""",
            """\bcodegen\b""",
            """\bprogramming\b""")),
        TriageRule.Choice(TaskType.Agent, AnyOf(
            """\b(?:an|ai|llm|autonomous|software) agents?\b""",
            """\bagentic\b""",
            """\bagent (?:that|which|to)\b""",
            """\btool[-\s]?(?:use|using|calling|calls)\b""",
            """\bfunction[-\s]calling\b""",
            """\b(?:take|takes|taking) actions\b""",
            """\bmulti[-\s]step (?:workflows?|tasks?)\b""")),
        TriageRule.Choice(TaskType.Qa, AnyOf(
            """\bchat ?bots?\b""",
            """\bq ?& ?a\b""",
            """\bq and a\b""",
            """\bquestion[-\s]answering\b""",
            """\b(?:answer|answers|answering) (?:[\w'’-]+ ){0,2}?(?:questions|queries|faqs?)\b""",
            """\bfaq (?:bot|assistant)\b""",
            """\bhelp ?desk (?:bot|assistant)\b""",
            """\bsupport (?:bot|assistant)\b""",
            """\bvirtual assistant\b""")),
        TriageRule.Choice(TaskType.Summarization, AnyOf(
            """\bsummar(?:y|ies|i[sz]e[sd]?|i[sz]ing|i[sz]ation|i[sz]er)\b""",
            """\btl;?dr\b""",
            """\bdigests?\b""",
            """\bcondense\b""")),
        TriageRule.Choice(TaskType.Extraction, AnyOf(
            """\bextract(?:s|ed|ing|ion)?\b""",
            """\bpull (?:out )?(?:fields|data|entities|values)\b""",
            """\bparse (?:invoices|documents|forms|contracts|receipts|pdfs|resumes|cvs)\b""",
            """\bentity (?:recognition|extraction)\b""",
            """\bner\b""",
            """\bnamed entit\w+""",
            """\bkey[-\s]value\b""",
            """\bform (?:filling|fields)\b""")),
        TriageRule.Choice(TaskType.Classification, AnyOf(
            """\bclassif(?:y|ies|ying|ication|ications|iers?)\b""",
            """\bcategori[sz](?:e|es|ed|ing|ation)\b""",
            """\brout(?:e|es|ed|ing) (?:\w+ )?(?:tickets|emails|requests|messages|calls|cases|leads)\b""",
            """\bticket routing\b""",
            """\bintent (?:detection|classification|recognition)\b""",
            """\bsentiment\b""",
            """\bmoderation\b""",
            """\bspam (?:detection|filter\w*)\b""",
            """\btag(?:s|ging)? (?:tickets|emails|documents|messages)\b""")),
        TriageRule.Choice(TaskType.Generation, AnyOf(
            """\bdraft(?:s|ing|ed)?\b""",
            """\b(?:write|writes|writing|wrote|generate|generates|generating|create|creates|creating|produce|produces) (?:\w+ ){0,2}?(?:emails?|replies|responses|copy|content|articles|posts|descriptions|reports|letters|proposals|stories|blogs?|marketing|answers)\b""",
            """\b(?:write|writes|writing)\b""",
            """\bcopywriting\b""",
            """\bcontent (?:generation|creation)\b""",
            """\brewrit(?:e|es|ing)\b""",
            """\bparaphras\w+""",
            """\btranslat(?:e|es|ing|ion)\b""")),
    ];

    /// <summary>Reads the task family into taskType.</summary>
    public static void Recognise(TriageScan scan) => scan.RunKeywords(Rules);
}
