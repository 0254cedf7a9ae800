using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Recognisers;

/// <summary>
/// dataSensitivity (the strictest mention wins): "on-prem", "air-gapped", "data must stay in-country",
/// "sovereign", "data residency" → sovereign; "PII", "PHI", "HIPAA", "GDPR", "confidential", "trade secrets",
/// "customer data" → confidential; "internal data" → internal; "public data" → public. Negated mentions
/// ("no PII", "non-confidential") are ignored. "air-gapped" also raises control to 4.
/// </summary>
internal static class SensitivityRecogniser
{
    private static readonly TriageRule[] Rules =
    [
        TriageRule.Ignore("""(?:\bno|\bnot|\bnon|\bwithout|\bfree of|\bzero|\bdon't have any|\bdoesn't contain(?: any)?|\bdoes not contain(?: any)?)[-\s]*(?:\bsensitive |\bcustomer |\bpatient |\bpersonal )?(?:pii|phi|personal data|personally identifiable|sensitive|confidential|customer data|patient data)\b"""),
        new(TriagePatterns.Create("""\bair[-\s]?gapped\b"""), static (m, f) =>
        {
            f.Highest(ConstraintFields.Control, 4, m);
            return f.Highest(DataSensitivity.Sovereign, m);
        }),
        Level(DataSensitivity.Sovereign, AnyOf(
            """\bon[-\u2010\u2011\s]?prem(?:ise|ises)?\b""",
            """\bon[-\s]premises\b""",
            """\b(?:data )?(?:must|has to|needs to|should|to|can only) (?:\w+ )?stay (?:in[-\s]country|in (?:the |our )?(?:country|eu|region|jurisdiction|datacenter|data center|data centre|network|premises|infrastructure|building|own (?:servers|infrastructure|datacenter|data center|cloud)))\b""",
            """\bin[-\s]country\b""",
            """\bdata residency\b""",
            """\bdata sovereignty\b""",
            """\bsovereign(?:ty)?\b""",
            """(?:\bcan't|\bcannot|\bcan not|\bmust not|\bmustn't|\bmay not|\bnot allowed to|\bnever) (?:\w+ )?leave (?:our |the )?(?:network|premises|infrastructure|servers|building|datacenter|data center|country|firewall|vpc|tenant)\b""",
            """\bclassified\b""",
            """\bno (?:cloud|external|third[-\s]party) (?:apis?|processing|providers?|services|llms?|models)\b""")),
        Level(DataSensitivity.Confidential, AnyOf(
            """\b(?:customer |patient |user |employee |personal )?(?:pii|phi)\b""",
            """\bpersonal(?:ly identifiable)? (?:data|information|info)\b""",
            """\bpersonally identifiable\b""",
            """\b(?:customer|patient|health|medical|financial|card|cardholder) (?:data|records|information)\b""",
            """\bconfidential\b""",
            """\btrade secrets?\b""",
            """\bsensitive (?:data|information|customer|documents|records)\b""",
            """\bcredit cards?\b""",
            """\bpci\b""",
            """\bnda\b""",
            """\bhipaa\b""",
            """\bgdpr\b""",
            """\bsocial security numbers?\b""",
            """\bssns?\b""")),
        Level(DataSensitivity.Internal, AnyOf(
            """\binternal (?:data|documents|only|use only)\b""",
            """\bcompany[-\s]internal\b""",
            """\bproprietary data\b""",
            """\bnon[-\s]public\b""")),
        Level(DataSensitivity.Public, AnyOf(
            """\bpublic(?:ly available)? (?:data|information|info|documents|docs|datasets?|content|sources|web data|records)\b""",
            """\bopen data\b""",
            """\bpublicly available\b""",
            """\bnon[-\s]sensitive\b""")),
    ];

    /// <summary>Reads how sensitive the data is into dataSensitivity.</summary>
    public static void Recognise(TriageScan scan) => scan.RunKeywords(Rules);

    private static TriageRule Level(DataSensitivity value, string pattern) =>
        new(TriagePatterns.Create(pattern), (match, findings) => findings.Highest(value, match));
}
