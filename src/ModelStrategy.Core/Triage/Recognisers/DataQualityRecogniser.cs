using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Recognisers;

/// <summary>
/// dataQuality (the earliest mention wins): "clean labels", "high-quality examples", "expert-labeled data" → clean;
/// "mixed quality", "partly reviewed" → mixed; "noisy", "messy", "inconsistent labels", "labels are not clean" → noisy.
/// </summary>
internal static class DataQualityRecogniser
{
    private const string Subject = @"(?:labels|data|dataset|examples|annotations|tickets|set|pairs|training\s+data)";

    private static readonly TriageRule[] Rules =
    [
        TriageRule.Choice(DataQuality.Noisy, AnyOf(
            $$"""\b(?:noisy|messy)(?: {{Subject}})?\b""",
            """\binconsistent(?:ly)? (?:labell?ed|labels|annotations|data)\b""",
            """\bunreliable (?:labels|data|annotations)\b""",
            $$"""\b(?:dirty|low[-\s]quality|poor[-\s]quality|unreviewed|unverified|weak|crowd[-\s]?sourced|auto[-\s]?generated|weakly[-\s]supervised) (?:\w+ )?{{Subject}}\b""",
            """\b(?:labels|data|annotations) (?:are|is) (?:not (?:very |that |really )?(?:clean|consistent|reliable)|noisy|messy|inconsistent|unreliable|dirty)\b""")),
        TriageRule.Choice(DataQuality.Mixed, AnyOf(
            """\bmixed[-\s]quality\b""",
            """\b(?:partly|partially|somewhat) (?:reviewed|clean|noisy)\b""",
            """\bvarying quality\b""",
            """\bmixed labels\b""")),
        TriageRule.Choice(DataQuality.Clean, AnyOf(
            $$"""\b(?:clean|high[-\s]quality|curated|expert[-\s]labell?ed|expert[-\s]annotated|carefully (?:labell?ed|annotated|reviewed|curated)|well[-\s]labell?ed|gold(?:[-\s]standard)?|verified|human[-\s]reviewed|reviewed|consistent|quality[-\s]controlled)(?: \w+)? {{Subject}}\b""",
            """\b(?:labels|data|annotations|dataset) (?:are|is) (?:very |really |pretty |fairly )?(?:clean|high[-\s]quality|consistent|reliable|accurate)\b""")),
    ];

    /// <summary>Reads the quality of the labelled data into dataQuality.</summary>
    public static void Recognise(TriageScan scan) => scan.RunKeywords(Rules);
}
