using System.Text.RegularExpressions;
using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Recognisers;

/// <summary>
/// deadlineWeeks: "launch in 6 weeks", "6-week deadline", "in two months" (a month is 52/12 weeks), "launch in 10 days",
/// "1 year" (52 weeks), "by end of quarter" / "this quarter" / "next quarter" (13 weeks, a whole quarter).
/// A duration next to a launch word wins over a bare one anywhere in the text; durations about the past or a
/// frequency ("for 3 months", "2 years of tickets", "every 2 weeks", "once a week") are ignored. Calendar
/// dates ("by March", "end of year", "Q3") are deliberately not understood: they need today's date.
/// </summary>
internal static class DeadlineRecogniser
{
    private const string Unit = @"(?<u>days?|weeks?|wks?|months?|mos?|quarters?|qtrs?|years?|yrs?)\b";

    private const string Words =
        @"(?<w>\bone|\btwo|\bthree|\bfour|\bfive|\bsix|\bseven|\beight|\bnine|\bten|\beleven|\btwelve|\ba\s+couple(?:\s+of)?|\ba\s+few|\bhalf\s+an?|\ban?)";

    private const string History =
        @"(?:history|data|logs|tickets|records|transcripts|experience|e-?mails|conversations|chats|usage|traffic|text|documents|docs|reports|notes|filings|papers|articles|archives?|backlog|feedback|reviews|claims|invoices|cases|calls|messages|labell?ing|prompting|testing|trying|experiments?|research|operations)";

    private const string Amount = "(?:" + Qty + "|" + Words + ")";

    private const string Launch =
        @"\b(?:launch(?:ing)?|ship(?:ping)?|go(?:ing)?[-\s]?live|live|deliver(?:y|ed)?|deploy(?:ed|ment)?|release[ds]?|roll(?:ing)?\s+out|production|prod|done|ready|finish(?:ed)?|complete[ds]?|mvp|pilot|demo|need(?:ed)?\s+it)\b";

    private static readonly TriageRule[] Rules =
    [
        TriageRule.Ignore($$"""\b(?:every|each|per|once|twice|times) (?:{{Amount}}\s*)?{{Unit}}"""),
        TriageRule.Ignore($$"""{{Amount}}{{Hy}}{{Unit}} (?:ago|old|worth|of (?:[a-z-]+ ){0,2}?{{History}})\b"""),
        TriageRule.Ignore($$"""{{Amount}}{{Hy}}{{Unit}} (?:a|an|per|each|every) (?:day|week|month|quarter|year)\b"""),
        TriageRule.Ignore($$"""\b(?:last|past|previous|for|after|since|spent|took|taken) (?:{{Amount}}\s*)?{{Unit}}"""),
        Weeks($$"""{{Launch}}(?: [a-z]+){0,3}? (?:in|within|by|under|before|inside of|in the next|over the next|in less than|no later than) {{Approx}}{{Amount}}{{Hy}}{{Unit}}"""),
        Weeks($$"""\b(?:deadline|timeline|time{{Hy}}frame|eta|due|runway|go{{Hy}}live|launch date|target)(?: (?:is|of|in|at|was|about|around|roughly))*\s*[:=~≈-]?\s*{{Approx}}{{Amount}}{{Hy}}{{Unit}}"""),
        Weeks($$"""\b(?:in|within|under|less than|inside|next) {{Approx}}{{Amount}}{{Hy}}{{Unit}}"""),
        Weeks($$"""{{Amount}}{{Hy}}{{Unit}} (?:deadline|timeline|time{{Hy}}frame|(?:of )?runway|window|sprint|project|away|out|from now|to (?:launch|ship|production|prod|go live|market|deliver|mvp))\b"""),
        new(Create("""\b(?:(?:by|before|until|at) )?(?:the )?(?:end of (?:the |this |next )?quarter|eoq|this quarter|next quarter)\b"""),
            static (m, f) => f.First(ConstraintFields.DeadlineWeeks, 13, m)),
        Weeks($$"""{{Approx}}(?:{{Qty}}|(?<w>\bone|\btwo|\bthree|\bfour|\bfive|\bsix|\bseven|\beight|\bnine|\bten|\beleven|\btwelve)){{Hy}}{{Unit}}""", TriageRule.Bare),
    ];

    /// <summary>Reads the time to launch into deadlineWeeks.</summary>
    public static void Recognise(TriageScan scan) => scan.Run(Rules, scan.Numbers);

    private static TriageRule Weeks(string pattern, int tier = 1) => new(Create(pattern), (match, findings) =>
        TryAmount(match, out var amount) && findings.First(ConstraintFields.DeadlineWeeks, amount * WeeksPer(match.Groups["u"].Value), match), tier);

    private static bool TryAmount(Match match, out double amount) =>
        match.Groups["w"].Success ? Quantity.TryWord(match.Groups["w"].Value, out amount) : Quantity.TryParse(match.Groups["q"].Value, out amount);

    private static double WeeksPer(string unit) => unit.ToLowerInvariant() switch
    {
        var u when u.StartsWith('d') => 1 / 7.0,
        var u when u.StartsWith('w') => 1,
        var u when u.StartsWith('m') => 52 / 12.0,
        var u when u.StartsWith('q') => 13,
        _ => 52,
    };
}
