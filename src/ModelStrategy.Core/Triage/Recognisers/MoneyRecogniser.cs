using System.Text.RegularExpressions;
using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Recognisers;

/// <summary>
/// budgetUsd: "$40k", "40k budget", "budget of 250,000", "$1.2M", "1.5 million dollars", "USD 40k",
/// "$5k/month" (× 12, the budget covers the first 12 months). Prices are not budgets: an amount per anything
/// but a month, quarter or year, or under $100, is ignored. A bare number is never money: it needs "$",
/// "USD"/"dollars", "budget" or "spend". Other currencies are deliberately not converted (ignored).
/// </summary>
internal static class MoneyRecogniser
{
    /// <summary>Smallest amount read as a budget; anything less is a price ("$0.002 per request").</summary>
    public const double MinBudgetUsd = 100;

    private const string Per =
        @"(?:\s*(?:/|\bper\b|\ba\b|\ban\b|\beach\b)\s*(?:(?<unit>month|mo|year|yr|annum|quarter)\b|(?<each>[a-z]+)))?";

    private const string NotMoney =
        @"(?<not>\s*(?:weeks?|days?|months?|years?|hours?|ms|milliseconds?|seconds?|people|engineers|ftes?|gpus?|tokens?|examples|tickets|requests|queries|users|labels)\b)?";

    private const string Filler =
        @"(?:\s*[:=~≈]|\s+(?:of|is|at|around|about|roughly|approximately|approx\.?|up\s+to|max|maximum|capped\s+at|limited\s+to|limit|only|just|total|under|below|set\s+at|approved|available|ceiling|cap|will\s+be|was)\b)*\s*";

    private static readonly TriageRule[] Rules =
    [
        TriageRule.Ignore($$"""(?:€|£|¥|₹|\beur\b|\bgbp\b|\bchf\b|\binr\b)\s*{{Qty}}"""),
        TriageRule.Ignore($$"""{{Qty}}\s*(?:€|£|\beur\b|\beuros?\b|\bgbp\b|\bpounds\b|\bchf\b|\byen\b|\brupees\b)"""),
        Money($$"""(?<pre>\b(?:token|time|latency|context|error|headcount|people|compute{{Hy}}hours?) )?\bbudget(?:ed)?\b{{Filler}}(?:\bus)?\$?\s*{{Qty}}{{NotMoney}}{{Per}}"""),
        Money($$"""(?:\bus)?\$\s*{{Qty}}{{NotMoney}}{{Per}}"""),
        Money($$"""{{Qty}}\s*(?:usd|us dollars|dollars|bucks)\b{{Per}}"""),
        Money($$"""\busd\s*{{Qty}}{{NotMoney}}{{Per}}"""),
        Money($$"""{{Qty}} (?:budget|to spend|in funding|of funding)\b"""),
        Money($$"""\b(?:spend|afford|invest|allocated?|funding of|funded with)(?: (?:up to|about|around|roughly|at most|no more than))?\s*\$?\s*{{Qty}}{{NotMoney}}{{Per}}"""),
    ];

    /// <summary>Reads money mentions into budgetUsd.</summary>
    public static void Recognise(TriageScan scan) => scan.Run(Rules, scan.Numbers);

    private static TriageRule Money(string pattern) => TriageRule.Number(ConstraintFields.BudgetUsd, pattern, Convert);

    private static double? Convert(Match match, double amount)
    {
        if (match.Groups["not"].Success || match.Groups["pre"].Success || match.Groups["each"].Success || amount < MinBudgetUsd)
        {
            return null;
        }

        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        return unit switch
        {
            "month" or "mo" => amount * 12,
            "quarter" => amount * 4,
            _ => amount,
        };
    }
}
