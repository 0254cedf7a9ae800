using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Recognisers;

/// <summary>
/// control (0–5, the strictest mention wins). 5: "must own the weights", "full control", "full ownership".
/// 4: "no vendor lock-in", "air-gapped" (read with sensitivity). 3: "self-hosted", "open-weight model".
/// </summary>
internal static class ControlRecogniser
{
    private static readonly TriageRule[] Rules =
    [
        TriageRule.Level(ConstraintFields.Control, 5, AnyOf(
            """\b(?:(?:must|need to|needs to|have to|has to|want to|should) (?:\w+ )?)?own(?:ing|ership of)? (?:the |our )?(?:model )?weights\b""",
            """\b(?:full|complete|total) (?:control|ownership)\b""",
            """\bown the (?:whole |entire )?(?:model|stack)\b""")),
        TriageRule.Level(ConstraintFields.Control, 4, AnyOf(
            """\bno (?:vendor )?lock[-\s]?in\b""",
            """\bavoid (?:vendor )?lock[-\s]?in\b""",
            """\bvendor[-\s]independen\w+\b""",
            """(?:\bcan't|\bcannot|\bwon't) depend on (?:a |an |any )?(?:vendor|third[-\s]party|api provider)\b""")),
        TriageRule.Level(ConstraintFields.Control, 3, """\bself[-\s]?host(?:ed|ing)?\b|\bopen[-\s]weights?\b|\bopen[-\s]source (?:models?|llms?)\b"""),
    ];

    /// <summary>Reads the need to own weights and lifecycle into control.</summary>
    public static void Recognise(TriageScan scan) => scan.RunKeywords(Rules);
}
