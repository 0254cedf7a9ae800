using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Lexicons;

/// <summary>
/// governance (0–5); the strictest statement wins. 5: FDA, medical device, EU AI Act high-risk, model risk management
/// (SR 11-7), heavily regulated, a regulator must approve the model. 4: a named regime (HIPAA, GDPR, SOX, PCI-DSS,
/// FINRA, GLBA, CCPA, FERPA, FedRAMP, CJIS, NERC CIP), "regulated data", "regulators will review it". 3: audit trail or
/// logs required, audits mandatory, SOC 2, ISO 27001, explainability required. 2: standard internal review. 1: light
/// compliance. 0: "not regulated", "no regulation applies". A bare "compliance" or "regulator" says nothing.
/// </summary>
internal static class GovernanceLexicon
{
    private static readonly TriageRule[] Rules =
    [
        Zero(AnyOf(
            """\b(?:not|isn't|is not|aren't|are not|never|un)[-\s]?regulated\b|\b(?:not|isn't|aren't|never) (?:\w+ ){0,2}?regulated\b""",
            """\bno (?:\w+ ){0,2}?(?:regulation|regulations|regulatory|compliance) (?:\w+ )?(?:applies|apply|requirements?|needed|required|obligations?|to speak of|burden|constraints?|concerns?)\b""",
            """\bno (?:regulation|regulations|regulatory requirements|compliance requirements)\b""",
            """\bnothing (?:is |here is )?regulated\b""")),
        TriageRule.Level(ConstraintFields.Governance, 5, AnyOf(
            """\bfda\b|\bmedical devices?\b""",
            """\b(?:heavily|highly|strictly|tightly) regulated\b|\b(?:strict|heavy|tight|stringent) regulatory (?:environment|regime|oversight|requirements|scrutiny)\b""",
            """\b(?:gxp|gmp|gcp|glp|csv)\b(?= (?:validation|compliance|regulated|applies|rules|requirements|scope))|\b21 cfr part 11\b""",
            """\bai act\S*(?: \S+){0,6}? high[-\s]?risk\b|\bhigh[-\s]?risk (?:\w+ ){0,4}?(?:under|per|in) (?:the )?(?:eu )?ai act\b""",
            """\bsr ?11-7\b|\bmodel risk (?:management|framework|policy|committee|governance)\b""",
            """\bregulators? (?:\w+ ){0,5}?(?:approve|approves|approval|sign[-\s]?off|certify|certification)\b|\bregulat\w+ approval\b""")),
        TriageRule.Level(ConstraintFields.Governance, 4, AnyOf(
            """\b(?:hipaa|gdpr|sox|finra|glba|ccpa|ferpa|fedramp|cjis|coppa|itar|hitrust)\b|\bsarbanes[-\s]?oxley\b|\bpci(?:[-\s]?dss)?\b|\bnerc(?: cip)?\b""",
            """\b(?:eu )?ai act\b""",
            """\bregulated (?!by\b)[a-z]+\b|\b(?:we're|we are|is|are) regulated\b""",
            """\b(?:regulators?|examiners?|supervisors?|the (?:fca|sec|occ|fed|ecb|pra|cfpb)) (?:\w+ ){0,6}?(?:will|must|need to|have to|has to|are going to|plan to|may|would|can|could) (?:\w+ ){0,2}?(?:review|inspect|examine|audit|look at|scrutini[sz]e|check)\b""",
            """\bregulatory (?:review|approval|requirements|scrutiny|oversight|filing)\b""",
            """\b(?:fca|sec|finra|ofgem|ofcom|pra|ecb|mas|apra|finma|bafin|occ|fdic|cfpb|ema|mhra|ferc|faa)[-\s]regulated\b""",
            """\b(?:faa|easa|fca|sec|occ|fdic|cfpb|ofgem|ofcom|ferc|nrc|epa|osha|ema|mhra|tga|pmda|pra|ecb|fincen) (?:\w+ )?(?:oversight|rules|regulations|requirements|compliance|applies|apply|scope|audits?|examinations?)\b""",
            """\b(?:supervised|regulated|overseen|licensed) by (?:the |our )?(?:central bank|regulator|fca|sec|occ|fed|ecb|pra|cfpb|finma|bafin|mas|apra|fda|ema|ofgem|ofcom)\b""")),
        TriageRule.Level(ConstraintFields.Governance, 3, AnyOf(
            """\baudit (?:trails?|logs?|logging|requirements?|records?)\b""",
            """\b(?:for|an?) (?:annual |external |yearly |regular |periodic |third-party )?audits?\b(?! sample| set)""",
            """\baudits? (?:are|is) (?:mandatory|required)\b|\b(?:will be|must be|is|are|gets?|get) audited\b|\bauditab\w+\b""",
            """\bsoc ?2\b|\biso ?(?:27001|9001|42001)\b""",
            """\bexplainab\w+\b|\b(?:can|must|has to|have to|need to|needs to) be explained\b|\btraceab\w+\b""",
            """\bcompliance (?:sign[-\s]?off|approval|review)\b""")),
        TriageRule.Level(ConstraintFields.Governance, 2, AnyOf(
            """\b(?:standard|usual|normal|regular) (?:internal )?(?:review|sign[-\s]?off|approval|governance)\b""",
            """\binternal (?:review|sign[-\s]?off|approval) (?:only|process)\b""")),
        TriageRule.Level(ConstraintFields.Governance, 1, AnyOf(
            """\blight(?:weight)? (?:compliance|oversight|governance|touch|regulation)\b""",
            """\b(?:compliance|oversight|governance) (?:is|here is|will be) (?:pretty |very |fairly )?(?:light|minimal|low)\b""",
            """\bminimal (?:oversight|compliance|governance)\b""")),
    ];

    /// <summary>Reads regulatory and audit pressure.</summary>
    public static void Read(TriageScan scan) => TriageRule.Run(scan, Rules);

    private static TriageRule Zero(string pattern) => TriageRule.Level(ConstraintFields.Governance, 0, pattern) with { IsSink = true };
}
