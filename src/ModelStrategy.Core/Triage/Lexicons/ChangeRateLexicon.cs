using System.Text.RegularExpressions;
using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Lexicons;

/// <summary>
/// knowledgeChange: a change word and a frequency within a few words ("promos change daily", "KB gets updated a few
/// times a week", "bulletins come out every Monday", "runbooks change every few weeks", "revised roughly monthly"),
/// or a frequency word before a change noun ("daily updates", "real-time prices"), or "static"/"rarely change".
/// daily: hourly, daily, constantly, by the minute, intraday; weekly: weekly, every few days, fortnightly, every 2
/// weeks; monthly: monthly, every few weeks, quarterly; rarely: yearly, rarely, static. A frequency with no change word
/// ("a daily digest", "we meet twice a week") is not about the facts.
/// </summary>
internal static class ChangeRateLexicon
{
    private const string Daily =
        @"(?<daily>daily|every\s*day|each\s+day|per\s+day|a\s+day|hourly|every\s+(?:few\s+|couple\s+of\s+)?hours?|(?:several|many|multiple|a\s+few|a\s+couple(?:\s+of)?|\d+)\s+times\s+(?:a|per|each)\s+day|constantly|continuously|all\s+the\s+time|(?:in\s+)?real[-\s]?time|intraday|every\s+(?:few\s+|couple\s+of\s+|\d+\s+)?(?:minutes?|seconds?)|by\s+the\s+(?:minute|hour|second)|nightly|every\s+(?:morning|night|evening)|every\s+(?:other|2|two|3|three)\s+days|throughout\s+the\s+day|during\s+the\s+day|overnight|each\s+night|every\s+hour)";

    private const string Weekly =
        @"(?<weekly>weekly|every\s+week|each\s+week|per\s+week|a\s+week|bi-?weekly|fortnightly|every\s+(?:other|2|two|couple\s+of)\s+weeks|(?:several|a\s+few|a\s+couple(?:\s+of)?|twice|\d+|two|three)\s+times\s+(?:a|per|each)\s+week|every\s+few\s+days|every\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|twice\s+a\s+week)";

    private const string Monthly =
        @"(?<monthly>monthly|every\s+month|each\s+month|per\s+month|a\s+month|every\s+(?:other|2|two|3|three|few|couple\s+of)\s+months|quarterly|every\s+quarter|each\s+quarter|(?:several|a\s+few|a\s+couple(?:\s+of)?|twice|\d+)\s+times\s+(?:a|per|each)\s+month|every\s+few\s+weeks|every\s+(?:3|4|three|four|several)\s+weeks)";

    private const string Rarely =
        @"(?<rarely>rarely|seldom|yearly|annually|every\s+year|each\s+year|once\s+a\s+year|twice\s+a\s+year|(?:a\s+few|a\s+couple(?:\s+of)?|a\s+handful\s+of|several|two|three|\d)\s+times\s+(?:a|per|each)\s+year|twice\s+yearly|(?:each|every|once\s+a|per)\s+(?:semester|term|season|school\s+year|spring|summer|autumn|fall|winter|budget\s+cycle|fiscal\s+year|release\s+cycle)|once\s+or\s+twice\s+a\s+year|(?:almost\s+)?never|hardly\s+ever|infrequently|every\s+few\s+years|(?:a\s+|an\s+)?(?:yearly|annual)\s+(?:revision|update|refresh|release))";

    private const string Change =
        @"(?:chang\w*|chnag\w*|chag\w*|updat\w*|refresh\w*|revis\w*|edit(?:s|ed|ing)?|republish\w*|rewrit\w*|fluctuat\w*|mov(?:e|es|ing)|turn(?:s|ing)?\s+over|released|replaced|modified|evolv\w*|amend\w*|land|lands|come\s+out|comes\s+out|pulled\s+in)";

    private static readonly TriageRule[] Rules =
    [
        new(Create($$"""\b{{Change}}(?<!\d[km]?[^\S\n]{1,3}[a-z]+)(?:[^\S\n]+[a-z,\u2019\u0027-]+){0,6}?[^\S\n]+(?:{{Daily}}|{{Weekly}}|{{Monthly}}|{{Rarely}})\b"""), Apply),
        new(Create("""\b(?:(?<daily>daily|hourly|constantly|continuously|nightly|intraday|real[-\s]?time|live)|(?<weekly>weekly|bi-?weekly|fortnightly)|(?<monthly>monthly|quarterly)|(?<rarely>rarely|seldom|never|yearly|annual|annually|infrequently|hardly ever|almost never|barely)) (?:(?:price|pricing|catalog(?:ue)?|doc|docs|document|policy|content|data|knowledge|inventory|product|rate|schema|faq|kb|regulatory|tariff|stock|model)[-\s])?(?:chang\w*|updat\w*|refresh\w*|revisions?|releases?|edits?|amendments|prices|pricing|inventory|stock levels|rates)\b"""), Apply),
        new(Create($$"""(?:{{Daily}}|{{Weekly}}|{{Monthly}}|{{Rarely}}),? (?:the |our |all |its )?(?:\w+ ){0,2}?(?:docs|documents|content|data|prices|policies|catalog(?:ue)?|kb|knowledge base|articles|rules|faqs?|information|inventory|guidance|manuals?|pricing|schema|rates) (?:\w+ )?(?:change|changes|get updated|gets updated|are updated|is updated|update|updates|are revised|is revised)\b"""), Apply),
        TriageRule.Choice(KnowledgeChange.Rarely, AnyOf(
            """\b(?:static|stable|fixed|unchanging|evergreen) (?:docs|documents|documentation|content|knowledge|knowledge base|data|facts|corpus|manuals|policies|catalog(?:ue)?|rules)\b""",
            """\b(?:is|are) (?:mostly |pretty |fairly |very |largely )?(?:static|stable|unchanging)\b""",
            """(?:\bdon't|\bdo not|\bdoesn't|\bdoes not|\bwon't|\brarely|\bnever|\bhardly|\bseldom|\bbarely) (?:really |ever )?chang\w*(?: (?:often|much|frequently))?""")),
    ];

    /// <summary>Reads how fast the facts change.</summary>
    public static void Read(TriageScan scan) => TriageRule.Run(scan, Rules);

    private static bool Apply(Match match, TriageScan scan)
    {
        KnowledgeChange? value =
            match.Groups["daily"].Success ? KnowledgeChange.Daily
            : match.Groups["weekly"].Success ? KnowledgeChange.Weekly
            : match.Groups["monthly"].Success ? KnowledgeChange.Monthly
            : match.Groups["rarely"].Success ? KnowledgeChange.Rarely
            : null;
        return value is { } change && scan.Findings.Choice(change, 2, match);
    }
}
