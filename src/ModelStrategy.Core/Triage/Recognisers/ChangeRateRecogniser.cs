using System.Text.RegularExpressions;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Triage.Recognisers;

/// <summary>
/// knowledgeChange: "our docs change daily", "updated weekly", "prices change every day", "daily updates",
/// "rarely change", "static docs". A frequency counts only next to a change word, so "we meet every day" is
/// ignored; vague words ("often", "frequently", "regularly") are deliberately not mapped. Runs before the
/// deadline reader so "updated every 2 weeks" is never a deadline.
/// </summary>
internal static class ChangeRateRecogniser
{
    private const string Daily =
        @"(?<daily>daily|every\s*day|each\s+day|per\s+day|a\s+day|hourly|every\s+(?:few\s+|couple\s+of\s+)?hours?|(?:several|many|multiple|a\s+few|\d+)\s+times\s+(?:a|per|each)\s+day|constantly|continuously|all\s+the\s+time|(?:in\s+)?real[-\s]?time|intraday|every\s+(?:few\s+|couple\s+of\s+)?minutes?|by\s+the\s+minute|nightly|every\s+(?:morning|night|evening)|every\s+(?:other|2|two|3|three|few|couple\s+of)\s+days)";

    private const string Weekly =
        @"(?<weekly>weekly|every\s+week|each\s+week|per\s+week|a\s+week|bi-?weekly|fortnightly|every\s+(?:other|2|two|few|couple\s+of)\s+weeks|(?:several|a\s+few|twice|\d+|two|three)\s+times\s+(?:a|per|each)\s+week|every\s+\d+\s+days)";

    private const string Monthly =
        @"(?<monthly>monthly|every\s+month|each\s+month|per\s+month|a\s+month|every\s+(?:other|2|two|3|three|few|couple\s+of)\s+months|quarterly|every\s+quarter|each\s+quarter|(?:several|a\s+few|twice|\d+)\s+times\s+(?:a|per|each)\s+month)";

    private const string Rarely =
        @"(?<rarely>rarely|seldom|yearly|annually|every\s+year|each\s+year|once\s+a\s+year|twice\s+a\s+year|(?:almost\s+)?never|hardly\s+ever|infrequently|every\s+few\s+years)";

    private const string Change =
        @"(?:chang\w*|updat\w*|refresh\w*|revis\w*|edit\w*|republish\w*|publish\w*|rewrit\w*|fluctuat\w*|mov(?:e|es|ing)|turn(?:s|ing)?\s+over|added|released|replaced|modified|evolv\w*)";

    private static readonly TriageRule[] Rules =
    [
        new(TriagePatterns.Create($$"""\b{{Change}}(?: [a-z'-]+){0,3}? (?:{{Daily}}|{{Weekly}}|{{Monthly}}|{{Rarely}})\b"""), Apply),
        new(TriagePatterns.Create("""\b(?:(?<daily>daily|hourly|constantly|continuously|nightly|real[-\s]?time)|(?<weekly>weekly|bi-?weekly|fortnightly)|(?<monthly>monthly|quarterly)|(?<rarely>rarely|seldom|never|yearly|annual|annually|infrequently|hardly ever|almost never)) (?:[a-z-]+ )?(?:chang\w*|updat\w*|refresh\w*|revisions?|releases?|edits?)"""), Apply),
        TriageRule.Choice(KnowledgeChange.Rarely, """\b(?:static|stable|fixed|unchanging|evergreen) (?:docs|documents|documentation|content|knowledge|knowledge base|data|facts|corpus|manuals|policies|catalog(?:ue)?)\b"""),
        TriageRule.Choice(KnowledgeChange.Rarely, """\b(?:docs|documents|documentation|content|knowledge|knowledge base|data|facts|policies|catalog(?:ue)?|manuals|prices|pricing|rules|information) (?:is|are) (?:mostly |pretty |fairly |very |largely )?(?:static|stable|fixed|unchanging)\b"""),
        TriageRule.Choice(KnowledgeChange.Rarely, """(?:\bdon't|\bdo not|\bdoesn't|\bdoes not|\bwon't|\brarely|\bnever|\bhardly|\bseldom) (?:really )?chang\w*(?: (?:often|much|frequently))?"""),
    ];

    /// <summary>Reads how fast the facts change into knowledgeChange.</summary>
    public static void Recognise(TriageScan scan) => scan.Run(Rules, scan.Numbers);

    private static bool Apply(Match match, TriageFindings findings)
    {
        KnowledgeChange? value =
            match.Groups["daily"].Success ? KnowledgeChange.Daily
            : match.Groups["weekly"].Success ? KnowledgeChange.Weekly
            : match.Groups["monthly"].Success ? KnowledgeChange.Monthly
            : match.Groups["rarely"].Success ? KnowledgeChange.Rarely
            : null;
        return value is { } change && findings.First(change, match);
    }
}
