using System.Text.RegularExpressions;
using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Recognisers;

/// <summary>
/// mlExpertise (the earliest mention wins): "no ML team", "no ML engineers", "no data scientists" → none;
/// "some ML experience", "one data scientist", "2 ML engineers" → basic; "strong ML team", "our ML team",
/// "5 ML engineers" (three or more; fewer, or data scientists by count, are basic) → strong; "ML researchers", "research team", "PhDs" → research.
/// </summary>
internal static class ExpertiseRecogniser
{
    private const string Ml = @"(?:ml|machine[-\s]learning|ai|data[-\s]science|mlops)";

    private static readonly TriageRule[] Rules =
    [
        TriageRule.Ignore("""\bno (?:ml |ai )?research(?:ers| team| scientists)?\b"""),
        TriageRule.Choice(MlExpertise.None, AnyOf(
            $$"""(?:\bno|\bzero|\bwithout(?: an?| any)?|\black(?:s|ing)?(?: an?| any)?|(?:\bdon't|\bdo not|\bdoesn't|\bdoes not) have(?: an?| any)?) (?:in[-\s]house |dedicated |real |internal )?{{Ml}} (?:team|engineers?|expertise|experience|people|staff|skills|folks|knowledge|talent|background)\b""",
            """\bno data scientists?\b""",
            """(?:\bnot|\baren't|\bare not|\bwe're not) (?:an? )?(?:ml|ai|machine[-\s]learning) (?:team|people|experts|shop|company)\b""",
            """\bnon[-\s]technical team\b""")),
        TriageRule.Choice(MlExpertise.Research, AnyOf(
            """\b(?:ml|ai|machine[-\s]learning|nlp|deep[-\s]learning) research(?:ers?| team| scientists?| lab| group)?\b""",
            """\bresearch (?:team|scientists?|lab|engineers?|group)\b""",
            """\bresearchers\b""",
            """\bphds?\b""")),
        TriageRule.Choice(MlExpertise.Strong, AnyOf(
            $$"""\b(?:strong|experienced|senior|solid|mature|capable|seasoned|large|dedicated|good|great|skilled|expert|competent|established|in[-\s]house|full)(?: \w+)? {{Ml}}(?: [a-z]+)? (?:team|engineers?|org|organi[sz]ation|group|expertise|people|staff|function)\b""",
            """\b(?:ml|machine[-\s]learning|ai) experts?\b""",
            """\b(?:several|many|multiple|a team of) (?:senior |experienced )?(?:ml|machine[-\s]learning) engineers\b""",
            """\b(?:an|our|the) (?:ml|machine[-\s]learning) team\b""")),
        TriageRule.Choice(MlExpertise.Basic, AnyOf(
            $$"""\b(?:some|basic|limited|little|junior|a bit of|minimal|modest) {{Ml}} (?:experience|skills|expertise|engineers?|team|knowledge|background)\b""",
            """\b(?:one|a single|a|an|two|a couple of|a few) (?:junior )?(?:ml engineers?|machine[-\s]learning engineers?|data scientists?)\b""")),
        new(TriagePatterns.Create("""\b(?<n>\d{1,4}) (?:(?:ml|machine[-\s]learning|ai) engineers?|data scientists?)\b"""), Counted),
    ];

    /// <summary>Reads the team's capability into mlExpertise.</summary>
    public static void Recognise(TriageScan scan) => scan.RunKeywords(Rules);

    private static bool Counted(Match match, TriageFindings findings) =>
        int.TryParse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture, out var engineers)
        && findings.First(Level(engineers, match.Value.Contains("scientist", StringComparison.OrdinalIgnoreCase)), match);

    private static MlExpertise Level(int people, bool dataScientists) => people switch
    {
        0 => MlExpertise.None,
        < 3 => MlExpertise.Basic,
        _ => dataScientists ? MlExpertise.Basic : MlExpertise.Strong,
    };
}
