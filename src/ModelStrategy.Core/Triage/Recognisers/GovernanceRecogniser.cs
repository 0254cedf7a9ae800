using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Recognisers;

/// <summary>
/// governance (0–5, the strictest mention wins). 5: FDA, medical devices, "heavily/highly/strictly regulated",
/// EU AI Act, model risk management (SR 11-7). 4: a named regime (HIPAA, PHI, GDPR, SOX, PCI, FINRA, GLBA, CCPA,
/// FERPA) or "regulated"/"regulatory". 3: audit, SOC 2, ISO 27001, compliance, explainability. Negated mentions
/// ("not regulated", "no audit requirements") are ignored rather than read as a low value.
/// </summary>
internal static class GovernanceRecogniser
{
    private static readonly TriageRule[] Rules =
    [
        TriageRule.Ignore("""(?:\bnot|\bnon|\bun|\bno|\bwithout)[-\s]*(?:heavily |highly |strictly )?(?:regulated|regulatory|compliance|audit)\w*\b"""),
        TriageRule.Level(ConstraintFields.Governance, 5, AnyOf(
            """\bfda\b""",
            """\bmedical devices?\b""",
            """\b(?:heavily|highly|strictly|tightly) regulated\b""",
            """\beu ai act\b""",
            """\bsr 11-7\b""",
            """\bmodel risk management\b""")),
        TriageRule.Level(ConstraintFields.Governance, 4, AnyOf(
            """\bhipaa\b""",
            """\bphi\b""",
            """\bgdpr\b""",
            """\bsox\b""",
            """\bsarbanes[-\s]oxley\b""",
            """\bpci(?:[-\s]dss)?\b""",
            """\bfinra\b""",
            """\bglba\b""",
            """\bccpa\b""",
            """\bferpa\b""",
            """\bregulated\b""",
            """\bregulatory\b""",
            """\bregulators?\b""")),
        TriageRule.Level(ConstraintFields.Governance, 3, AnyOf(
            """\baudit (?:trails?|logs?)\b""",
            """\baudit(?:s|ed|able|ability|ors?)?\b""",
            """\bsoc ?2\b""",
            """\biso ?27001\b""",
            """\bcompliance\b""",
            """\bexplainab\w+\b""",
            """\btraceab\w+\b""")),
    ];

    /// <summary>Reads regulatory and audit pressure into governance.</summary>
    public static void Recognise(TriageScan scan) => scan.RunKeywords(Rules);
}
