using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Triage.Numbers;
using ModelStrategy.Core.Triage.Text;

namespace ModelStrategy.Core.Triage.Readers;

/// <summary>
/// budgetUsd. Clearest: an amount next to a budget word ("budget 40k", "approved a budget of 650k", "we can spend
/// forty thousand dollars", "150k for the year"); then an amount written as money ("$40k", "30 grand", "1.5 million
/// dollars"); last a bare "30k" listed beside a duration ("4 weeks, 30k"). A monthly amount counts × 12, a
/// quarterly one × 4. Never a budget: what something cost, was quoted or spent ("vendor quoted $780k", "spent $1.1M
/// last year"), a price per call or token, an amount under <see cref="MinBudgetUsd"/>, another currency.
/// </summary>
internal static class MoneyReader
{
    /// <summary>Smallest amount read as a budget; anything less is a price ("$0.002 per request").</summary>
    public const double MinBudgetUsd = 100;

    private static readonly HashSet<string> BudgetWords =
    [
        "budget", "budgets", "budget's", "budjet", "buget", "bugdet", "budgeted", "spend", "afford", "allocate",
        "allocated", "allocating", "approve", "approved", "funding", "funded", "grant", "runway", "earmarked", "envelope",
        "money", "capex", "opex", "invest", "investing", "investment", "ceiling", "approval", "funds", "financing", "pot",
    ];

    private static readonly HashSet<string> NotBudgetOwners =
        ["token", "time", "latency", "context", "error", "p95", "p99", "compute-hours", "headcount", "gpu", "ci", "performance"];

    private static readonly HashSet<string> NotBudget =
    [
        "quoted", "quote", "quotes", "quoting", "cost", "costs", "costed", "spent", "charge", "charges", "charged", "priced",
        "price", "prices", "pricing", "paid", "pay", "pays", "paying", "revenue", "arr", "salary", "salaries", "raised",
        "bill", "billed", "fee", "fees", "lost", "saves", "save", "saved", "refund", "refunds",
    ];

    private static readonly HashSet<string> NotBudgetAfter = ["quoted", "spent", "charged", "paid", "billed", "lost", "saved"];

    private static readonly HashSet<string> AfterBudget =
    [
        "budget", "budgeted", "total", "all-in", "ring-fenced", "approved", "committed", "max", "tops", "cap", "funding",
        "allocated", "earmarked", "available", "reserved", "budgeted",
    ];

    private static readonly HashSet<string> Periods = ["month", "mo", "quarter", "year", "yr", "annum", "monthly", "annually", "yearly", "quarterly"];

    /// <summary>Reads the budget.</summary>
    public static void Read(TriageScan scan)
    {
        var readings = new List<NumberReading>();
        var t = scan.Tokens;
        foreach (var (index, q) in scan.Free())
        {
            if (q.Unit != UnitKind.None || IsNotBudget(t, q) || !TryPeriod(t, q.Last + 1, out var factor, out var last))
            {
                continue;
            }

            var value = q.Value * factor;
            var cue = Cue(t, q, last);
            var plain = !q.Money && !q.Multiplied && (q.Value < 1000 || q.Value is >= 1900 and <= 2100);
            var rank = cue >= 0 && !plain ? 3 : q.Money ? 2 : IsListedBesideDuration(scan, index) || IsBarePeriodAmount(t, q, last) ? 1 : 0;
            if (rank > 0 && value >= MinBudgetUsd)
            {
                var first = cue >= 0 && cue < q.First ? cue : q.First;
                readings.Add(new NumberReading(index, value, rank, t.Span(first, Math.Max(last, cue > q.Last ? cue : last))));
            }
        }

        NumberReading.OfferBest(scan, ConstraintFields.BudgetUsd, readings);
    }

    private static int Cue(TokenText t, Quantity q, int last)
    {
        for (var i = q.First - 1; i >= 0 && q.First - i <= 7 && !t.IsHardBoundary(i) && !t.IsNumber(i); i--)
        {
            if (BudgetWords.Contains(t.W(i)) || WillingToPay(t, i) || CostLimit(t, i, q.First) || (t.W(i) == "$" && i < q.First - 1))
            {
                return NotBudgetOwners.Contains(t.W(i - 1)) ? -1 : i;
            }
        }

        var after = last + 1;
        if (t.W(after) == "to" && t.W(after + 1) is "spend" or "invest" or "play" or "work" or "burn" or "use")
        {
            return after + 1;
        }

        var noun = t.W(after + 1) is "the" or "our" ? after + 2 : after + 1;
        if ((t.W(after) == "is" && t.W(noun) is "ceiling" or "cap" or "limit" or "max" or "maximum" or "budget" or "total" or "envelope")
            || (t.W(after) == "in" && t.W(noun) is "budget" or "funding" or "pot"))
        {
            return noun;
        }

        var marked = q.Money || q.Multiplied;
        var participle = t.W(after).EndsWith("ed", StringComparison.Ordinal) || t.W(after) == "available";
        if ((AfterBudget.Contains(t.W(after)) && marked && !(participle && t.IsWord(after + 1))) || (t.W(after) == "for" && IsYearPhrase(t, after + 1))
            || (t.W(after) == "set" && t.W(after + 1) == "aside"))
        {
            return after;
        }

        return -1;
    }

    /// <summary>"250K/year", "40k a month": a bare amount with a multiplier per month, quarter or year, with no noun and no volume word.</summary>
    private static bool IsBarePeriodAmount(TokenText t, Quantity q, int last) =>
        q.Multiplied && last > q.Last && EndsItsItem(t, last + 1) && Context.Back(t, q.First, 6, VolumeWords) < 0 && !AfterANoun(t, q.First);

    /// <summary>"survey answers (about 20k per quarter)": the amount counts the noun before it.</summary>
    private static bool AfterANoun(TokenText t, int first)
    {
        var i = first - 1;
        while (i >= 0 && (t.W(i) is "(" or "~" or ":" or "-" || Context.Hedges.Contains(t.W(i))) && first - i < 5)
        {
            i--;
        }

        return t.IsWord(i) && !BudgetWords.Contains(t.W(i)) && t.W(i) is not ("and" or "with" or "for" or "is" or "are" or "have" or "of");
    }

    private static readonly HashSet<string> VolumeWords =
        ["volume", "traffic", "throughput", "load", "requests", "queries", "tickets", "calls", "messages", "documents", "docs", "users", "visitors"];

    /// <summary>"the year", "year one", "the first year", "12 months", "this project" after "for".</summary>
    private static bool IsYearPhrase(TokenText t, int i)
    {
        var w = t.W(i) is "the" or "this" or "our" ? t.W(i + 1) : t.W(i);
        var next = t.W(i) is "the" or "this" or "our" ? t.W(i + 2) : t.W(i + 1);
        return w is "year" or "first" or "next" or "12" or "twelve" or "fy" or "project" or "pilot" or "build" or "initiative" or "effort" or "work"
            || (t.W(i) == "this" && (t.IsBoundary(i + 1) || t.W(i + 1) is "project" or "initiative" or "effort" or "work" or "build"))
            || (w == "year" && next == "one") || w.StartsWith("fy", StringComparison.Ordinal);
    }

    private static bool IsNotBudget(TokenText t, Quantity q)
    {
        var before = Context.Back(t, q.First, 6, NotBudget);
        if (before >= 0 && !WillingToPay(t, before) && !CostLimit(t, before, q.First))
        {
            return true;
        }

        return Context.Ahead(t, q.Last, 5, NotBudgetAfter, stopAtSoft: true) >= 0 || LastYearAfter(t, q.Last);
    }

    /// <summary>"total cost of ownership must stay below $200k", "costs can't exceed 50k": a limit on cost, so a budget.</summary>
    private static bool CostLimit(TokenText t, int cost, int first) =>
        (t.W(cost) is "cost" or "costs" && Context.Ahead(t, cost, first - cost, Limits) > 0)
        || (t.W(cost) == "keep" && t.W(cost + 1) is "it" or "this" or "costs" or "spend" or "spending" && t.W(cost + 2) is "under" or "below" or "within");

    private static readonly HashSet<string> Limits =
        ["must", "should", "can't", "cannot", "needs", "has", "limit", "cap", "ceiling", "below", "under", "max", "maximum", "exceed", "within"];

    /// <summary>"we'd pay up to 2k/month", "willing to pay $50k": an offer, so a budget.</summary>
    private static bool WillingToPay(TokenText t, int pay) =>
        t.W(pay) == "pay" && (t.W(pay - 1) is "we'd" or "would" or "could" or "can" or "i'd" or "we’d" || t.W(pay - 2) is "willing" or "happy" or "able" or "prepared");

    private static bool LastYearAfter(TokenText t, int last)
    {
        var i = Context.Ahead(t, last, 6, new HashSet<string> { "last" }, stopAtSoft: true);
        return i >= 0 && t.W(i + 1) is "year" or "quarter" or "month";
    }

    /// <summary>"/month" (× 12), "per quarter" (× 4), "a year" (× 1); false for a price per anything else.</summary>
    private static bool TryPeriod(TokenText t, int i, out double factor, out int last)
    {
        factor = 1;
        last = i - 1;
        var w = t.W(i);
        if (w is "monthly" or "quarterly" or "annually" or "yearly")
        {
            factor = w == "monthly" ? 12 : w == "quarterly" ? 4 : 1;
            last = i;
            return true;
        }

        if (w is not ("/" or "per" or "a" or "an" or "each" or "every"))
        {
            return true;
        }

        var period = t.W(i + 1);
        if (!Periods.Contains(period) && !(period is "months" or "quarters" or "years"))
        {
            return w is "a" or "an";
        }

        factor = period.StartsWith("mo", StringComparison.Ordinal) ? 12 : period.StartsWith('q') ? 4 : 1;
        last = i + 1;
        return true;
    }

    /// <summary>"4 weeks, 30k": a bare amount with a multiplier right beside a duration.</summary>
    private static bool IsListedBesideDuration(TriageScan scan, int index)
    {
        var q = scan.Quantities[index];
        var t = scan.Tokens;
        if (!q.Multiplied || q.Value < 1000 || q.Value >= 1e9 || !EndsItsItem(t, q.Last + 1))
        {
            return false;
        }

        return !AfterANoun(t, q.First)
            && ((index > 0 && Beside(t, scan.Quantities[index - 1], q.First - scan.Quantities[index - 1].Last))
                || (index + 1 < scan.Quantities.Count && Beside(t, scan.Quantities[index + 1], scan.Quantities[index + 1].First - q.Last)));
    }

    /// <summary>A time to launch right beside the amount ("4 weeks, 30k"), not a span of history ("for 2 years").</summary>
    private static bool Beside(TokenText t, Quantity other, int distance) =>
        other.Unit == UnitKind.Duration && distance <= 4
        && t.W(Context.PreviousWord(t, other.First)) is not ("for" or "over" or "past" or "last" or "since")
        && t.W(other.Last + 1) is not ("of" or "ago" or "old" or "exist" or "history");

    private static bool EndsItsItem(TokenText t, int i) =>
        t.IsBoundary(i) || t.W(i) is "and" or "budget" or "max" or "tops" or "total" or "pls" or "please" or "ok" or "cash" or "usd";
}
