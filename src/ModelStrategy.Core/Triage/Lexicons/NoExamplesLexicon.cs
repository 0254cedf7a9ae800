using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Lexicons;

/// <summary>labeledExamples = 0: "no labelled data yet", "nothing is annotated", "we have not labelled anything".</summary>
internal static class NoExamplesLexicon
{
    private const string Labelled = @"(?:labell?ed|labled|lableled|annotated|hand-?labell?ed|tagged|curated|gold|ground-?truth|training)";

    private static readonly TriageRule[] Rules =
    [
        TriageRule.Number(ConstraintFields.LabeledExamples, 0, AnyOf(
            $$"""\b(?:no|zero|without(?: any)?|lack(?:s|ing)?(?: any)?|(?:don't|dont|do not|doesn't|does not) have(?: any)?|(?:haven't|havent|have not) got(?: any)?|not a single) (?:\w+ )?{{Labelled}} (?:[\w/&-]+ ){0,2}?(?:data|dataset|set|q&a|history|\w+s)\b""",
            """\b(?:no|zero|without(?: any)?|lack(?:s|ing)?(?: any)?|(?:don't|dont|do not|doesn't|does not) have(?: any)?|(?:haven't|havent|have not) got(?: any)?) (?:\w+ )?(?:labels|annotations|ground truth)\b""",
            """\bnothing (?:is |has been )?(?:labell?ed|labled|annotated|tagged)\b""",
            """\b(?:haven't|havent|have not|not) (?:yet )?(?:labell?ed|annotated|tagged) anything\b""")),
    ];

    /// <summary>Reads statements that no labelled examples exist.</summary>
    public static void Read(TriageScan scan) => TriageRule.Run(scan, Rules);
}
