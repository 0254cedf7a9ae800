using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Lexicons;

/// <summary>
/// taskType, the product's main task. A product noun ("summarizer", "classifier", "SQL generator", "FAQ bot",
/// "drafting tool", "AI agent") outranks a verb ("summarize", "classify", "draft", "answer questions"), which outranks a
/// generic word ("assistant", "copilot", "tutor"); the earliest wins within a rank. So "a chatbot that summarizes" is
/// qa, "an assistant that summarizes" summarization, "discharge-summary drafting tool" generation, "ICD-10 coding
/// assistant" classification. Human agents ("our agents", "agent replies") and "(draft)" on a document are not tasks.
/// </summary>
internal static class TaskLexicon
{
    private const int Noun = 3;
    private const int Verb = 2;
    private const int Weak = 1;

    private const string ProgrammingLanguage = @"(?:cobol|java|python|javascript|typescript|c\+\+|c#|go|rust|solidity|sql|g-?code|junit|scala|kotlin|fortran|pl/?sql|abap)";

    private static readonly TriageRule[] Rules =
    [
        TriageRule.Ignore("""@[\w.-]+"""),
        TriageRule.Ignore(AnyOf(
            """\(draft\)|\b(?:scope|design|planning|plan|proposal|policy|memo|doc|document|working) draft\b|\bdraft (?:plan|proposal|scope|doc|compute plan|budget|version|v\d)\b""",
            """\bclassified (?:material|data|information|documents|networks?|environment|reports)\b""",
            """\bq ?& ?a (?:pairs|set|data|dataset|examples)\b|\blabell?ed q ?& ?a\b""",
            """\b(?:our|the|support|human|call[-\s]centre|call[-\s]center|service|live) agents?\b|\bagents?'|\bagent (?:replies|re-?routing|notes|assist|handle|desktop|team)\b|\bagents (?:handle|are|x)\b""",
            """\bfirst[-\s]draft\b|\bwrite[-\s]?up\b|(?m)^\s*summary\s*:""",
            """\b(?:quick|short|brief|meeting|thread|call|exec|executive)\s+(?:summary|recap)\b|\b(?:summary|recap) (?:from|of) (?:the|our|today's|yesterday's|last|this) (?:\w+ ){0,2}?(?:meeting|call|offsite|sync|discussion|thread|standup|workshop|session|review|week)\b|\bin summary\b|\bto summari[sz]e,""",
            """\b(?:question|questions|q|query|note|ask|asking|request) (?:for|to) (?:the|this|you|your) bot\b|\b(?:hey|hi|hello|dear) bot\b|\b(?:can|could|will|would|does|ask|asking|should) (?:the|this|your|you) bot\b|\bthe bot (?:answer|help|tell|say|recommend)\w*""",
            """\b(?:chatbot|bot|tool|assistant|platform|system) (?:vendor|provider|contract|license|licence)s?\b""",
            """\bbot(?= (?:that|which|to) (?:\w+ ){0,8}?(?:writes|drafts|generates|summari[sz]es|classifies|tags|routes|extracts|translates|flags|reviews) )(?! (?:that|which|to) (?:\w+ ){0,3}?answers)""",
            """\b(?:[\w-]+[-\s])?(?:extraction|classification|summari[sz]ation|drafting|tagging|routing|chat) (?:tool|bot|system|product) (?:we|they|that we) (?:licensed|bought|used|had|tried|dropped|retired|evaluated)\b""")),
        Task(TaskType.Classification, Noun, """\b(?:icd(?:-?10)?|medical|clinical|occupation|occupational|survey|diagnosis|diagnostic|billing|procedure) coding\b""", sink: true),
        Task(TaskType.Qa, Noun, """\b(?:virtual|conversational|chat|digital) (?:agent|assistant)s?\b""", sink: true),
        Task(TaskType.Code, Noun, AnyOf(
            """\bcode (?:review|reviewer|reviews|generation|completion|completions|assistant|gen|llm|copilot|suggestions?|search)\b""",
            $$"""\b(?:sql|query|queries|test|unit test|tests|code|scripts?|programs?|{{ProgrammingLanguage}})[-\s]?(?:generator|generation|writer|assistant|copilot|autocomplete)\b""",
            """\bcoding (?:assistant|copilot|agent|helper|tool|bot)\b""",
            """\btext[-\s]?to[-\s]?(?:sql|code)\b|\b(?:natural[-\s]language|plain[-\s]english|english|nl|questions?) (?:→|->|to|into) (?:sql|code|queries|python)\b""",
            $$"""\b{{ProgrammingLanguage}} translation\b|\bmigration (?:tool|copilot|assistant)\b""",
            """\b(?:autocomplete|auto-complete|code completion|in-ide completion|ide completion)\b""")),
        Task(TaskType.Agent, Noun, AnyOf(
            """\b(?:an|ai|llm|autonomous|the|this|our|a|dispatch|bookkeeping|onboarding|booking|scheduling|procurement|coding|hr|it|ops|billing|operations|workflow)[-\s](?:[\w-]+[-\s])?agent\b(?!s|'| replies| re-?rout| notes| assist)""",
            """\bagentic\b""",
            """\b(?:\w+ )?agent (?:that|which|to|who) (?:\w+ ){0,2}?(?:books|schedules|creates|updates|files|processes|resolves|handles|performs|takes|executes|calls|sends|places|cancels|reschedules|orders|submits|issues|applies|closes|opens|raises|escalates|moves|transfers|reconciles|runs)\b""")),
        Task(TaskType.Summarization, Noun, AnyOf(
            """\bsummar(?:izer|iser|isers|izers)\b""",
            """\b(?:digest|summary|recap|tl;dr|tldr) (?:generator|tool|bot|writer|builder|engine|maker)\b""")),
        Task(TaskType.Classification, Noun, AnyOf(
            """\bclassifier\b|\bcategori[sz]er\b|\bdetector\b""",
            """\b(?:tagging|triage|routing|moderation|flagging|screening|grading|labelling|labeling) (?:tool|bot|model|system|engine|pipeline|classifier|service)\b""")),
        Task(TaskType.Extraction, Noun, """\bextractor\b|\bparser\b|\bextraction (?:tool|pipeline|model|service|engine)\b"""),
        Task(TaskType.Generation, Noun, AnyOf(
            """\b(?:report|content|text|email|reply|response|copy|description|letter|document|narrative|commentary|proposal) (?:generation|drafting|writing|creation)\b""",
            """\b(?:drafting|writing|generation|copywriting|reply|letter|report) (?:tool|assistant|bot|pilot|helper|project|feature|app|engine)\b""",
            """\bdrafter\b|\bwriter\b|\btranslator\b|\bgenerator\b""")),
        Task(TaskType.Qa, Noun, AnyOf(
            """\bchat ?bots?\b|\b(?:faq|q ?& ?a|qa|help ?desk|helpdesk|support|help|deflection|policy|handbook|knowledge|rag|slack|teams|sms|whatsapp|voice|ai|web) (?:bot|assistant)\b""",
            """\bq&a\b|\bquestion[-\s]answering\b|\bknowledge assistant\b""")),
        Task(TaskType.Code, Verb, AnyOf(
            """\b(?:write|writes|writing|generate|generates|generating|generated|produce|produces|complete|completing|suggest|suggests) (?:\S+ ){0,2}?(?:code|sql|scripts?|unit tests|tests|functions|queries|programs?|g-?code|snippets|ladder logic|plc (?:code|logic|programs?)|regex(?:es)?|terraform|kql|dax|(?:excel |spreadsheet )?formulas|shell commands)\b""",
            """\b(?:review|reviews|reviewing|explain|explains|refactor|refactors|debug|debugs|migrate|migrating) (?:[\w-]+ ){0,2}?(?:code|pull requests|prs|programs)\b""",
            """\bg-?code\b|\bcodegen\b|\bprogramming\b""")),
        Task(TaskType.Agent, Verb, """\b(?:takes?|taking|perform|performs) (?:\w+ )?actions?\b|\bacts through\b|\bon its own\b|\bend[-\s]to[-\s]end\b(?= by| through| via)"""),
        Task(TaskType.Summarization, Verb, AnyOf(
            """\bsummar(?:y|ies|i[sz]e|i[sz]es|i[sz]ed|i[sz]ing|i[sz]ation)\b""",
            """\b(?:auto-?)?recaps?\b|\bdigests?\b|\bcondens(?:e|es|ing)\b|\btl;dr\b|\btldr\b""")),
        Task(TaskType.Classification, Verb, AnyOf(
            """\bclassif(?:y|ies|ying|ied|ication|ications)\b|\bcategori[sz](?:e|es|ed|ing|ation)\b""",
            """\b(?:to|and|will|can|should|we|that|which|automatically|auto|then|it|model) rout(?:e|es|ing) (?:\S+ ){0,3}?(?:tickets|emails|requests|messages|calls|cases|leads|claims|documents|inquiries|enquiries|letters|chats|applications|alerts|orders)\b""",
            """\brout(?:e|es|ed|ing)\b(?: \S+){0,5}? (?:to|into) \b|\b(?:ticket|request|email|call|lead|case|claim) routing\b|\btriage (?:\S+ ){0,4}?into\b""",
            """\b(?:auto-?)?tag(?:s|ging)?\b|\bdetect(?:s|ion|ing)?\b|\bflag(?:s|ging|ged)?\b|\bmoderat(?:ion|e|ing)\b|\bsentiment\b""",
            """\b(?:fraud|churn|risk|propensity|spam|toxicity|sentiment|intent|credit|lead) (?:model|scoring|score|scores|detection|classifier|prediction|predictor)\b|\brouting (?:cases|decisions|tasks|problem|model|accuracy)\b""",
            """\bscor(?:e|es|ing) (?:\w+ ){0,2}?(?:risk|leads?|fraud|churn|priority|severity|credit\w*)\b|\bpredict(?:s|ing)? (?:which|whether|if)\b""",
            """\bspam (?:filter\w*|detection|detector)\b|\bfilter(?:s|ing)? (?:out )?(?:spam|toxic\w*|abus\w*)\b|\bprioriti[sz](?:e|es|ing|ation)\b""",
            """\blabel(?:s|ling|ing)? (?:\S+ ){0,2}?(?:images|tickets|emails|documents|messages|reviews|transactions|calls|photos|posts)\b|\bpredict(?:s|ing)? (?:\w+ )?(?:churn|fraud|risk|intent|category|default|outcome)\b""",
            """\bintent (?:detection|classification|recognition)\b|\bsort(?:s|ing)? (?:\S+ ){0,4}?into\b|\bscreening\b|\b(?:auto-?)?grad(?:ing|er)\b""",
            """\b(?:auto(?:matic|mated)?[-\s]?)?coding of\b|\bmap(?:s|ping)? (?:\S+ ){1,5}?to (?:\S+ )?(?:codes|terms|categories|classes|taxonomy|taxonomies)\b|\bassign(?:s|ing)? (?:\S+ )?(?:codes|categories|labels)\b""",
            """\bassign(?:s|ing)? (?:\S+ ){0,3}?to (?:the right |the correct |an appropriate |the appropriate )?(?:team|teams|queue|queues|department|departments|category|categories|owner|owners|group|groups)\b""",
            """\bcode (?:\S+ ){1,5}?into\b|\b(?:predicts?|predicting) (?:\w+ )?(?:labels?|categories|classes)\b|\b(?:function|protein|gene|sequence|image|document|entity) annotation\b""",
            """(?:→|->) (?:themes|categories|buckets|labels|queues|tags|classes)\b|\binto (?:\S+ ){0,3}?(?:categories|buckets|queues|classes|themes|taxonomy|scheme)\b""")),
        Task(TaskType.Extraction, Verb, AnyOf(
            """\bextract(?:s|ed|ing|ion)?\b|\bpull(?:s|ing)? (?:\S+ ){1,8}?(?:out of|into)\b|\bpars(?:e|es|ed|ing)\b""",
            """\bstructuring\b|(?:\binto|->|→) (?:our |a |an )?(?:structured|json) (?:\S+ )?(?:records?|fields|data|output)?\b|\b(?:turns?|convert(?:s|ing)?|transform(?:s|ing)?) (?:\S+ ){0,6}?into (?:structured|json|fields|entries|records|rows|expense entries)""",
            """\bfill(?:s|ing)? (?:in|out) (?:\S+ )?forms?\b|\bform[-\s]filling\b""",
            """\bnamed entit\w+|\bentity (?:extraction|recognition)\b|\bkey-value\b|\bform fields\b""")),
        Task(TaskType.Generation, Verb, AnyOf(
            """\bdraft(?:s|ed|ing)?\b(?! (?:a |an |the )?(?:\w+ )?(?:summar\w*|digests?|recaps?|briefs?|tl;dr))|\bauto-?draft\w*""",
            """\b(?:write|writes|writing|wrote|auto-?write|generate|generates|generating|generated|create|creates|creating|produce|produces|compose|composes) (?:\S+ ){0,4}?(?:emails?|replies|responses|copy|content|articles|posts|descriptions|reports?|letters|proposals|stories|blogs?|marketing|answers|headlines|notes|paragraphs?|explanations?|text|commentary|rationale|memos?|briefs?|alt text|documents?|drafts?|messages|captions|scripts?|recipes|sections|feedback|questions|quizzes|flashcards|jds|job descriptions|translations?|narratives?|responses)\b""",
            """\b(?:generate|generates|generating|auto-?generat\w*|create|creates|creating|compose|composes|composing|produce|produces|producing)\b(?! (?:\S+ ){0,3}?(?:summar\w*|digests?|recaps?|briefs?|labels?|tags?|categor\w*|embeddings?|code|sql|tests?|scripts?|queries|insights?|predictions?|scores?|leads?|alerts?|tickets?|accounts?|value|revenue|savings)|(?: (?:a|an|the|our|this|some|new) (?:\S+ )?(?:assistants?|tools?|bots?|chatbots?|models?|systems?|apps?|pipelines?|solutions?|agents?|copilots?|classifiers?|services?|products?|prototypes?|pilots?|poc|features?|workflows?|dashboards?|platforms?|\w+ers?)\b)| (?:something|anything))""",
            """\btranslat(?:e|es|ed|ing|ion|ions)\b|\brewrit(?:e|es|ing)\b|\bparaphras\w+|\bproofread\w*|\bclean(?:s|ing)? up\b|\bauto-?(?:respond|reply|replies|responses)\w*""",
            """\b(?:product|marketing|ad|ads|promo|email|web|website|landing[-\s]page|sales|social) copy\b|\bcopywriting\b|\bcontent (?:generation|creation)\b""",
            """\b(?:product|item|listing|job|property|vehicle) descriptions\b""",
            """\bcopy (?:variants|variations|for (?:ads|our|the|each|social|email|campaigns))\b|\bad (?:variants|creatives|headlines)\b""")),
        Task(TaskType.Qa, Verb, AnyOf(
            """\bbots?\b""",
            """\b(?:answer|answers|answering|answered) (?:[^\s\d]+ ){0,4}?(?:questions|queries|q's|qs|faqs?|questionnaires|inquiries|enquiries)\b""",
            """\b(?:assistant|bot|chatbot|it|tool|system) (?:\w+ ){0,2}?(?:answers?|answering) (?:only )?(?:from|using|based|grounded|questions|queries|about)\b""",
            """\b(?:ask|asks|asking) (?:\S+ ){0,4}?(?:questions?|about|how|why|what|whether)\b|\b(?:get|need|needs|want|wants|find) (?:quick |fast |instant |reliable )?answers\b""",
            """\b(?:handles?|handling|deflect\w*) (?:\S+ ){0,4}?questions\b|\bsearch (?:tool|assistant)\b|\bconversational search\b""",
            """\bchat (?:with|over) (?:our|the|your|their) \w+""")),
        Task(TaskType.Code, Weak, """\bcopilot\b"""),
        Task(TaskType.Generation, Weak, """\bwrit(?:e|ing)\b(?! (?:this|it|that|these|them|things) down| down| back| to (?:you|me|us|them)| up\b)"""),
        Task(TaskType.Qa, Weak, """\bassistant\b|\btutor\b|\bhelp bot\b"""),
    ];

    /// <summary>Reads the task family.</summary>
    public static void Read(TriageScan scan) => TriageRule.Run(scan, Rules);

    private static TriageRule Task(TaskType task, int rank, string pattern, bool sink = false) =>
        TriageRule.Choice(task, pattern, rank) with { IsSink = sink };
}
