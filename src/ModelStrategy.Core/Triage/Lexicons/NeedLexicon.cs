using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Lexicons;

/// <summary>
/// need, from cues (domain-language is read by <see cref="NoveltyLexicon"/> and outranks these). knowledge: answers
/// come from the team's own sources ("answers from our handbook", "over our KB", "the model doesn't know our schema",
/// "quote the clause from the customer's policy"); behavior: format, tone, wording ("strict JSON", "must use approved
/// wording", "follow our template", "on-brand"); both when there are cues of each; general: "off-the-shelf models do
/// this fine". A task word alone ("FAQ bot") states no need.
/// </summary>
internal static class NeedLexicon
{
    private const int MaxBothSpan = 160;

    private const string Sources =
        @"(?:docs|documents|documentation|policies|policy|handbooks?|kb|knowledge[-\s]?base|articles|manuals?|runbooks|sops|faqs?|catalog(?:ue)?|sheets|rate table|guidance|regulations|statutes|database|archives?|notebooks|reports|matter files|files|know-how|case files?|clause library|library|playbook|course materials|materials|curriculum(?: units)?|schema|records|events|order status|status|feeds?|precedents?|precedent bank|knowledge notes|help[-\s]?cent(?:er|re)(?: articles)?|changelog|rulebook|procedures|publications|leaflets|pages|wiki|confluence|sharepoint|contracts?|leases?|agreements|price ?books?|pricebooks?|filings|pricing|prices|products|inventory|stock|plans|accounts|transactions|balances|orders|bookings|reservations|shipments|appointments|apis|protocols?|version|cost data|tracking data|product data|account data|bulletins|data sheets|handouts|syllabus|syllabi|announcements|processes|services|offerings|menus?|benefits|rules|booklets|brochures|factsheets|fact sheets|rate tables|rate sheets|price lists|tariffs|rate cards|minutes|statements|financials|board packs|ordinances|legislation|laws|case law|municipal codes|codes of practice|building codes|notices|schedules|timetables|listings|lecture notes|slides|instructions|newsletters|system|systems|crm|erp|warehouse|data warehouse|data lake|ledger|intranet)";

    private const string Owner =
        @"(?:our|the|their|its|each|this|that|a|your|his|her|customers'|the customer's|that customer's|each customer's|the firm's|each firm's|the company's|the client's|company|internal|proprietary|in-house)";

    private static readonly AnchoredPattern Knowledge = new(AnyOf(
        $$"""\b(?:from|over|across|using|use|uses|grounded in|based on|on top of|against|about|drawn from|built on|built from|retrieval over|rag over|search over|pull from|pulls from|come from|comes from|draw on|draws on|cite|cites|quote|quotes|reference|references|look up|looks up|consult|consults|reflect|reflects|access to|knows|know|know about|understand|understands|be aware of) {{Owner}} (?:(?:\d[\d,.]*[\w-]*|[\w/&+\u0027\u2019-]+) ){0,5}?{{Sources}}\b""",
        $$"""\banswers? (?:\w+ ){0,2}?(?:from|using|based on|grounded in|drawn from) (?:(?:\d[\d,.]*[\w-]*|[\w/&+\u0027\u2019-]+) ){0,5}?{{Sources}}\b""",
        $$"""\banswer\w* (?:[^\s,;]+ ){0,6}?(?:from|using|based on|grounded in) (?:the |our |published |official |internal |public )?(?:[\w-]+ ){0,3}?{{Sources}}\b""",
        """\b(?:info|information|data|content|facts|answers|knowledge|docs|documentation|policies|pricing|prices) (?:\w+ )?(?:lives?|is stored|are stored|sits?|is kept|are kept|is held|are held) in\b""",
        """\b(?:model|models|llm|llms|it|gpt\S*) (?:\w+ )?(?:doesn't|does not|don't|do not|can't|cannot|won't) (?:\w+ )?(?:know|have|see|access) (?:about )?(?:our|them|these|those|any of|the latest|this|that)\b""",
        """\b(?:model|models|llm|llms|gpt\S*) (?:\w+ )?(?:doesn't|does not|don't|do not|can't|cannot|won't) (?:\w+ )?(?:know|see|access)(?= ?[.;,!?\n]| ?$)""",
        """(?<!\b(?:rewrites?|rewriting|translat\w+|summari[sz]\w+|convert\w*|classif\w+|tag\w*|extract\w*|proofread\w*|edit\w*|reformat\w*|simplif\w+|format\w*|review\w*|audit\w*|inspect\w*|validat\w*|approv\w*|sign\w*|updat\w*|writ\w*|draft\w*|creat\w*|produc\w*|generat\w*|maintain\w*|improv\w*) )\bour (?:[\w-]+ ){0,2}?(?:docs|documents|documentation|knowledge base|kb|wiki|runbooks|manuals|faqs?|handbook|policy docs|help cent(?:er|re)|sops)\b""",
        $$"""\b(?:tool|assistant|bot|chatbot|search|rag|q&a)\b(?: \S+){0,2}? (?:over|across|on top of) (?:\S+ ){0,6}?{{Sources}}\b""",
        """\bknowledge[-\s]?base\b|\bconfluence\b|\bsharepoint\b|\b(?:precedent|clause|knowledge|document|policy|content|answer) (?:library|bank|repository|archive|database|base)\b""",
        """\b(?:answer|answers|answering|respond|responds|look up|looks up)\b(?: [^\s,;]+){0,5}? (?:from|using|in|against) (?:the |our )?(?:live |real-?time |current |latest )?(?:\S+ )?(?:data|system|database|records|crm|erp|wms|oms|inventory|catalog(?:ue)?)\b""",
        """\b(?:live|real-?time|current) (?:order |account )?(?:status|inventory|stock|prices|pricing|catalog(?:ue)?|feed|tracking|availability|balances|data)\b""",
        """\bup[-\s]?to[-\s]?date (?:facts|information|info|prices|pricing|data)\b|\blatest (?:prices|pricing|policies|information|docs)\b|\bwould be stale\b|\bfreshness\b|\bbaked into (?:the |a )?(?:model|weights)\b"""));

    private static readonly AnchoredPattern Behavior = new(AnyOf(
        """\b(?:strict|valid|exact|well-formed|proper) json\b|\bjson (?:output|format|schema|mode|that matches)\b|\bbe json\b""",
        """\b(?:consistent|fixed|specific|exact|structured|strict|rigid|predefined|required|uniform) (?:output |response )?(?:format|formatting|structure|schema|style|outputs?|template)\b""",
        """\b(?:match|matches|matching|follow|follows|following|use|uses|keep|keeps|carry|carries|produce|stick to|sticks to|adhere to|insist on|respect|comply with|conform to|breaks?|breaking) (?:\S+ ){0,4}?(?:template|templates|schema|format|style guide|style sheet|tone guide|tone rules|house style|brand voice|voice guide|guidelines|wording|phrasing|terminology|macros|fallback language|disclosure wording|term base|style|formatting|formatting rules|style rules|conventions|court rules|rules)\b""",
        """\bin (?:our|their|the firm's|each firm's|its|a|his|her|the [\w-]+'s) (?:own )?(?:[\w-]+ )?(?:brand voice|house style|tone|voice|style|writing style)\b""",
        """\bbrand voice\b|\bon[-\s]?brand\b|\boff[-\s]?brand\b|\btone of voice\b|\bhouse style\b|\bstyle guide\b|\btone guide\b|\btone rules\b|\bour (?:tone|voice|style)\b|\bwriting style\b|\btone\b""",
        """\b(?:our|company|controlled|approved|house|client) (?:\w+ )?(?:terminology|glossary|term base|termbase)\b|\btuned to (?:our|the|their) (?:\w+ )?(?:terminology|style|tone|voice|format|conventions)\b""",
        """\bto the letter\b|\bword for word\b|\bverbatim\b|\bapproved (?:wording|phrasing|language|macros|templates?|term)\b|\bsounds? like (?:us|our|the|a) ?\w*""",
        """\b(?:in|using|per|following) (?:our|their|the company's|the firm's) (?:\w+ )?(?:template|templates|format|layout|style guide|house style)\b""",
        """\bin (?:the|our|a|an) (?:approved|standard|house|required|agreed|mandated|correct|fixed|prescribed|regulator's|official) (?:\w+ )?(?:format|template|style|layout|structure)\b""",
        """\b(?:ignores|ignored|ignoring|breaks|broke|violates|violated|misses|drops) (?:our |the |its |their )?(?:\S+ ){0,3}?(?:rules|format|formatting|template|guidelines|style|constraints|length|tone|schema|structure|wording|terminology)\b""",
        """(?:\bdoesn't|\bdoes not|\bdon't|\bwon't|\bfails? to) follow (?:\S+ ){0,3}?(?:format|schema|instructions|template|guidelines)\b|\bgets? the format wrong\b""",
        """\b(?:rules|checklists?|guidelines|standards|conventions|style) (?:\w+ ){0,3}?(?:must|need to|needs to|has to|have to|should) be (?:applied|followed|enforced|respected) (?:consistently|strictly|exactly|every time|to the letter)\b"""));

    private static readonly AnchoredPattern General = new(AnyOf(
        """\b(?:(?:off[-\s]?the[-\s]?shelf|base|general|generic|stock|existing|frontier|hosted|any|current|general-purpose|gpt\S*|\S+-class|standard|plain|vanilla|commercial|public)(?: \S+)? (?:models?|llms?|gpt\S*|chatgpt)|gpt\S*|chatgpt|claude|gemini)(?: \S+){0,4}? (?:already )?(?:do|does|handle|handles|write|writes|summari[sz]e|summari[sz]es|work|works|is|are|r|did|answer|answers|classify|translate|be)\b(?: \S+){0,5}? (?:fine|well|good enough|ok|okay|sufficient|great|decent|really well)\b""",
        """\b(?:gpt\S*|claude|llama\S*|gemini|off[-\s]?the[-\s]?shelf|base model)(?: \S+){0,3}? (?:fine|works|good enough) out of the box\b|\bout of the box is (?:fine|enough)\b""",
        """\bany (?:decent|good|modern|off-the-shelf|major|frontier) (?:llm|model|ai)s? (?:can|could|would|will|should) (?:do|handle|manage) (?:this|it|that)\b""",
        """\b(?:any|every) (?:decent|good|modern|off-the-shelf|major|frontier|general) (?:llm|model|ai)s? (?:already )?(?:knows?|covers?)\b|\b(?:base|general|off-the-shelf|public|frontier|existing) (?:llm|model)s? (?:already )?knows? (?:this|it|all this|the material|the content|the subject)\b""",
        """\bnothing custom needed\b|\bno custom model\b|\bno need (?:for|to) (?:fine-?tun\w+|customi[sz]\w+|train)\b|\boff-the-shelf is fine\b"""));

    /// <summary>"does it OK but ignores our rules": a "but" right after takes the praise back.</summary>
    private static bool ButAfter(string text, System.Text.RegularExpressions.Match match)
    {
        var end = match.Index + match.Length;
        var rest = text.AsSpan(end, Math.Min(12, text.Length - end)).TrimStart();
        return rest.StartsWith("but ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith(", but", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Negated(string words) =>
        words.Contains(" not ", StringComparison.OrdinalIgnoreCase) || words.Contains("n't", StringComparison.OrdinalIgnoreCase)
        || words.Contains("n’t", StringComparison.OrdinalIgnoreCase) || words.Contains("never", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads what is missing today (unless a novel domain already set domain-language).</summary>
    public static void Read(TriageScan scan)
    {
        if (scan.Findings.Has(ConstraintFields.Need, NoveltyLexicon.DomainLanguageRank))
        {
            return;
        }

        var knowledge = Knowledge.Match(scan);
        var behavior = Behavior.Match(scan);
        var findings = scan.Findings;
        if (knowledge.Success && behavior.Success)
        {
            var (first, last) = knowledge.Index <= behavior.Index ? (knowledge, behavior) : (behavior, knowledge);
            var span = TriagePhrase.Spanning(first, last);
            findings.Choice(Need.Both, 2, span.Length <= MaxBothSpan ? span : last);
        }
        else if (knowledge.Success || behavior.Success)
        {
            findings.Choice(knowledge.Success ? Need.Knowledge : Need.Behavior, 2, knowledge.Success ? knowledge : behavior);
        }
        else if (General.Match(scan) is { Success: true } general && !Negated(general.Value) && !ButAfter(scan.Text, general))
        {
            findings.Choice(Need.General, 1, general);
        }
    }
}
