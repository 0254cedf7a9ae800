using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Lexicons;

/// <summary>
/// dataSensitivity; the strictest statement wins. sovereign: the data stays on the team's own infrastructure or in
/// the country ("on-prem", "can't leave our VPC", "nothing goes to OpenAI", "no third-party model APIs", "data
/// residency", "air-gapped", which also sets control 4); confidential: PII, PHI, customer or financial records, trade
/// secrets, "confidential", privacy regimes (HIPAA, GDPR, FERPA, CCPA, PCI), "needs a DPA/BAA"; internal: internal or
/// proprietary, unregulated; public: public or published data. Negations state nothing ("no PII", "card data never
/// goes into it", "not public" is internal, "no on-prem requirement").
/// </summary>
internal static class SensitivityLexicon
{
    private const string Place =
        @"(?:network|premises|infrastructure|servers?|building|data ?cent(?:er|re)s?|datacenters?|dcs|country|firewall|vpc|tenant|environment|territory|region|walls|perimeter|hardware|systems|boxes|cluster|machines|cloud account|account|subscription|private cloud|eu|e\.u\.|european union|uk|us|usa|united states|jurisdiction)";

    private const string Region =
        @"(?:the )?(?:eu|e\.u\.|european union|uk|us|usa|united states|canada|australia|germany|france|switzerland|country|region|jurisdiction|our (?:own )?(?:\w+ )?data ?cent(?:er|re)s?)";

    private const string Outside =
        @"(?:external|third-party|3rd-party|outside|foreign|openai|anthropic|google|microsoft|azure|aws|vendors?|providers?|cloud|apis?|saas)";

    private static readonly TriageRule[] Rules =
    [
        TriageRule.Ignore(AnyOf(
            """\b(?:no|not|non|without|free of|zero|never|nothing)[-\s](?:\w+ ){0,2}?(?:pii|phi|personal data|personal information|sensitive|confidential|customer data|patient data|card data|client data|student data|patient-specific|client-related|customer-facing|regulated data)\b""",
            """\b(?:card|patient|student|customer|personal|client|health|financial) (?:\w+ )?data (?:is not|isn't|is never|never|will never|won't|does not|doesn't|do not|don't) (?:\w+ ){0,2}?(?:involved|go|goes|enter|enters|touch|touches|used|included|part|leave|stored)""",
            """\bno on-?prem(?:ise|ises)? (?:requirement|need)\b|\b(?:doesn't|does not|don't|do not) need to be on-?prem""",
            """\b(?:like|resembl\w+|than) (?:\w+ )?public (?:data|text)\b""",
            """\bpublic (?:models?|llms?|code|pretraining|web|sector|benchmarks?|internet|repos|apis?|endpoints?)\b""",
            """\bpublish(?:ed|ing)? (?:them|it|the weights|weights|our weights|results)\b|\blaunch(?:es|ing)? publicly\b|\bopen internet\b""",
            """\bclassified (?:as|into|by)\b""")),
        Claim(DataSensitivity.Internal, """\b(?:not|isn't|aren't|is not|are not|non)[-\s]public\b"""),
        Strict(DataSensitivity.Sovereign, """\bon[-\u2010\u2011\s]?prem(?:ise|ises)?\b"""),
        new(Create("""\bair[-\s]?gapped\b"""), static (m, scan) =>
        {
            scan.Findings.Level(ConstraintFields.Control, 4, m);
            return scan.Findings.Strictest(DataSensitivity.Sovereign, m);
        }),
        Strict(DataSensitivity.Sovereign, AnyOf(
            """\bin-?country\b|\bin country\b|\bin[-\s]region\b|\bonshore only\b""",
            """\b(?:eu|uk|us|local|domestic)[-\s]only (?:hosting|processing|storage|data|servers|infrastructure)\b|\bhosted (?:only )?(?:in|within) (?:the )?(?:eu|uk|us|usa|germany|france|canada|australia|switzerland|india|singapore|our country|the country)\b""",
            """\b(?:forbids|forbid|prohibits|prohibit|bans|ban|doesn't allow|does not allow|disallows|rules out) (?:any )?(?:third-party|3rd-party|external|outside|cloud|vendor|offshore|foreign) (?:\w+ )?(?:processing|processors|hosting|apis?|models?|services|providers?)\b""",
            """\bdata residency\b|\bdata sovereignty\b|\bsovereign(?:ty)?\b|\bnational territory\b""",
            """\bclassified (?:material|data|information|documents|docs|networks?|environment|reports|systems)\b""",
            $$"""\b(?:can't|cant|cannot|can not|must not|mustn't|may not|not allowed to|never|won't|shouldn't|should not|must never|is not allowed to) (?:\w+ )?(?:leave|leaves|go (?:to|outside)|be sent (?:to|outside)|be processed (?:by|outside)|touch|exit|be shared with) (?:\w+ ){0,3}?(?:{{Place}}|{{Outside}}|{{Region}})\b""",
            $$"""\b(?:no|none of the|none of our|not a single) (?:\w+ ){0,2}?(?:can|may|should|will|is allowed to|must) (?:ever )?(?:leave|go to|be sent to|be processed (?:by|outside)) (?:\w+ ){0,3}?(?:{{Place}}|{{Outside}}|{{Region}})\b""",
            $$"""\bnothing (?:\w+ ){0,4}?(?:leaves|leave|goes|go|touches|is sent|gets sent|may be sent|can be sent|should be sent|may go|can go|will go) (?:\w+ ){0,3}?(?:our|the firm's|the company's|{{Outside}}|{{Place}})\b""",
            $$"""\b(?:stays?|remain|remains|run|runs|hosted|host|kept|keep|processed|live|lives|stored|served|serving|training and serving) (?:\w+ ){0,2}?(?:on|in|inside|within) (?:\w+ ){0,2}?(?:own|our|government|university|council's|customer's|firm's|company's|national|local|plant|hospital|private|corporate|client's|state|federal|provincial|regional|hospital's|bank's|group's|agency's|department's|ministry's)(?: \S+){0,4}? {{Place}}\b""",
            $$"""\bno (?:\w+ )?(?:third-party|3rd-party|external|outside|foreign|cloud|hosted|vendor|public) (?:\w+ )?(?:apis?|providers?|models?|llms?|services|processing|vendors?|processors?|hosting)\b""",
            """\b(?:stays?|remain|remains|kept|stored|hosted|processed) (?:\w+ ){0,3}?in (?:this|the|our|that|one) country\b""",
            $$"""\b(?:stays?|stay|remain|remains|kept|stored|hosted|processed|resides?) (?:\w+ ){0,2}?(?:in|inside|within) {{Region}}\b""",
            $$"""\b(?:can't|cant|cannot|can not|must not|mustn't|may not|not allowed to|won't|never|shouldn't|should not) (?:\w+ )?(?:send|sending|share|sharing|upload|uploading|use|call|rely on|pass|give) (?:\w+ ){0,3}?(?:to )?(?:any )?(?:{{Outside}}|chatgpt|gpt-?\d\w*|claude|gemini)(?: \w+)?\b""",
            """\bno cloud\b|\bself-?hosted for (?:data|privacy|security|compliance|confidentiality) reasons\b""")),
        Strict(DataSensitivity.Confidential, AnyOf(
            """\b(?:customer |patient |user |employee |personal |client |student )?(?:pii|phi)\b""",
            """\bpersonal(?:ly identifiable)? (?:data|information|info|details)\b|\bpersonally identifiable\b""",
            """\b(?:customer|patient|health|medical|financial|card|cardholder|client|account|employee|student|education|applicant|borrower|bank|payment|claimant|member)s?'? (?:\w+ )?(?:data|records|information|details|files|numbers|financials|statements|disclosures)\b""",
            """\bconfidential\b|\btrade secrets?\b|\bprivileged (?:client|material|documents|communications|information|data)\b|\b(?:are|is) privileged\b""",
            """\bsensitive (?:data|information|customer|documents|records|personal)\b|\bcredit cards?\b""",
            """\b(?:data|information|documents|records|content|emails|conversations|transcripts|files) (?:is|are) (?:\w+ )?sensitive\b""",
            """\b(?:hipaa|gdpr|ferpa|ccpa|glba)\b|\bpci(?:[-\s]?dss)?\b""",
            """\b(?:dpa|baa|nda)\b|\bdata processing agreement\b|\bbusiness associate agreement\b""",
            """\bssns?\b|\bsocial security numbers?\b|\b(?:names|email addresses|emails|phone numbers|home addresses|addresses|dates of birth|birth dates) ?(?:and|&|,) ?(?:\w+ )?(?:emails|email addresses|phone numbers|addresses|dates of birth|account numbers|salaries|health\w*)\b""",
            """\b(?:passport|national insurance|tax id|bank account|iban|salary|salaries|payroll) (?:numbers?|details|data|records|information)\b""")),
        Strict(DataSensitivity.Internal, AnyOf(
            """\binternal(?:[-\s]only| only| use only| use)\b""",
            """\binternal (?:\+ |and |& )?(?:public |\w+ )?(?:data|documents?|docs|emails|repos|repositories|policies|runbooks|content|material|wiki|knowledge|notes|research|reports|sops?|precedent|handbook|files|information)\b""",
            """\b(?:is|are) (?:\w+ )?internal\b""",
            """\bcompany[-\s]only\b|\bcompany[-\s]internal\b""",
            """\bproprietary (?:data|documents|docs|records|archive|content|material|information|r&d|knowledge)\b|\b(?:is|are) proprietary\b""")),
        Strict(DataSensitivity.Public, AnyOf(
            """\bpublic(?:ly available)? (?:website |web |internet |government |social media |open )?(?:data|information|info|documents|docs|datasets?|content|sources|records?|papers|transcripts|filings|court records|reviews|theses|research|web pages|pages|guidance|regulations|statutes|domain)\b""",
            """\b(?:is|are|all|it's all|which are|entirely|only|everything is|all of it is|all of which are) (?:\w+ )?public\b""",
            """\bpublicly (?:available|accessible)\b|\bopen (?:data|datasets?|government data)\b|\b(?:on|from) our public (?:website|site|web ?site|docs|help cent(?:er|re)|pages)\b|\b(?:is|are) (?:already )?published\b|\bpublish(?:ed)? openly\b|\bpublic info only\b""",
            """\bpublished (?:\w+ ){0,2}?(?:regulations|guidance|faqs?|pages|leaflets|documents|docs|content|journalism|articles|papers|records|reports|data|material|information|tables|statistics|sources|rules|policies|standards|headlines|decisions|codes|ordinances|laws|legislation|case law|judgments|opinions)\b""")),
    ];

    /// <summary>Reads how sensitive the data is.</summary>
    public static void Read(TriageScan scan) => TriageRule.Run(scan, Rules);

    private static TriageRule Strict(DataSensitivity value, string pattern) =>
        new(Create(pattern), (match, scan) => scan.Findings.Strictest(value, match));

    private static TriageRule Claim(DataSensitivity value, string pattern) => Strict(value, pattern) with { IsSink = true };
}
