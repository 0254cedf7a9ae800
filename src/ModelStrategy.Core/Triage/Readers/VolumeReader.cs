using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Triage.Numbers;
using ModelStrategy.Core.Triage.Text;

namespace ModelStrategy.Core.Triage.Readers;

/// <summary>
/// requestsPerDay: a count, what is counted (up to four words), then a period: "3,500 tickets a day", "~1,200 calls an
/// hour" (× 24), "600 msgs/min" (× 1440), "1.5 queries per second" (× 86 400), "50 QPS", "180k shipments per month"
/// (÷ 30.44), "2.2 million calls per year" (÷ 365.25), "2,000+ chats daily", "1 part every 2 seconds", "12 per
/// second", "150 agents x 60 tickets a day" (the product). A count of people is not a volume ("5M monthly visitors").
/// </summary>
internal static class VolumeReader
{
    private static readonly HashSet<string> People =
    [
        "users", "user", "visitors", "customers", "subscribers", "employees", "students", "members", "staff", "people",
        "agents", "engineers", "clients", "patients", "households", "seats", "accounts", "citizens", "residents", "lawyers",
        "technicians", "managers", "analysts", "physicians", "doctors", "nurses", "stores", "sites", "devs", "developers",
        "techs", "reps", "drivers", "workers", "operators", "officers", "associates", "teachers", "clinicians", "execs",
        "executives", "advisors", "adjusters", "underwriters", "brokers", "dealers", "partners", "coordinators", "planners",
    ];

    private static readonly HashSet<string> Stop =
    [
        "shifts", "standups", "stand-ups", "syncs", "runs", "batches", "rounds", "sprints", "releases", "deploys",
        "deployments", "times", "hours", "minutes", "days", "weeks", "people", "staff",
        "with", "that", "which", "from", "for", "and", "or", "of", "to", "by", "in", "on", "at", "we", "our", "is", "are",
        "was", "were", "have", "has", "had", "be", "it", "they", "the", "times", "than", "this", "these", "those",
    ];

    /// <summary>"agents search it ~6,000 times a day": a count of uses, so a volume.</summary>
    private static readonly HashSet<string> UsageVerbs =
        ["search", "searched", "searches", "query", "queried", "queries", "ask", "asked", "asks", "use", "used", "uses", "call", "called", "calls", "hit", "hits", "access", "accessed", "request", "requested", "run", "runs", "invoke", "invoked", "open", "opened"];

    private static readonly HashSet<string> Each = ["each", "every", "apiece"];

    private static readonly HashSet<string> Adjectives = ["daily", "hourly", "weekly", "monthly", "yearly", "annual", "nightly"];

    /// <summary>Reads the production volume.</summary>
    public static void Read(TriageScan scan)
    {
        var t = scan.Tokens;
        var readings = new List<NumberReading>();
        foreach (var (index, q) in scan.Free())
        {
            if (q.Unit is not UnitKind.None || q.Money || q.Value <= 0)
            {
                continue;
            }

            if (TryRate(t, q.Last + 1, out var perDay, out var last))
            {
                var count = q.Value * Product(scan, index, out var first);
                readings.Add(new NumberReading(index, count * perDay, 2, t.Span(Math.Min(first, q.First), last)));
            }
            else if ((q.Last + 1 >= t.Count || t.IsBoundary(q.Last + 1)) && TryRateBefore(t, q.First, out perDay, out var start))
            {
                readings.Add(new NumberReading(index, q.Value * perDay, 2, t.Span(start, q.Last)));
            }
            else if (t.W(q.Last + 1) == "times" && TryPeriod(t, q.Last + 2, out perDay, out last) && Context.Back(t, q.First, 5, UsageVerbs) is >= 0 and var verb)
            {
                readings.Add(new NumberReading(index, q.Value * perDay, 2, t.Span(verb, last)));
            }
        }

        NumberReading.OfferBest(scan, ConstraintFields.RequestsPerDay, readings);
    }

    /// <summary>What is counted, then its period; false when there is none, or when people are counted by an adjective ("monthly visitors").</summary>
    private static bool TryRate(TokenText t, int i, out double perDay, out int last)
    {
        perDay = 0;
        last = i;
        var rate = t.W(i);
        if (rate is "qps" or "rps" or "tps" or "rpm" or "rph")
        {
            perDay = rate == "rpm" ? 1440 : rate == "rph" ? 24 : 86_400;
            return true;
        }

        for (var words = 0; words <= 4 && i < t.Count; words++)
        {
            var w = t.W(i);
            if (Adjectives.Contains(w) && words < 4 && People.Contains(t.W(i + 1)))
            {
                return false;
            }

            if (TryPeriod(t, i, out perDay, out last))
            {
                return true;
            }

            if (t.IsBoundary(i) || t.IsNumber(i) || Stop.Contains(w) || !t.IsWord(i))
            {
                return false;
            }

            i++;
            while (t.W(i) is "-" or "/" or "'" or "&" or "→" && t.Joined(i) && t.Joined(i + 1) && t.IsWord(i + 1) && !TryPeriod(t, i, out _, out _))
            {
                i += 2;
            }
        }

        return false;
    }

    /// <summary>A rate written before the count: "tickets per day: 10,000", "daily volume of 20k", "QPS: 50".</summary>
    private static bool TryRateBefore(TokenText t, int first, out double perDay, out int start)
    {
        perDay = 0;
        var p = first - 1;
        while (p >= 0 && first - p <= 4 && t.W(p) is ":" or "=" or "~" or "≈" or "of" or "is" or "at" or "about" or "around" or "roughly" or "approximately" or "approx" or "-")
        {
            p--;
        }

        start = p;
        if (t.W(p) is "qps" or "rps")
        {
            perDay = 86_400;
            return true;
        }

        if (t.W(p) is "volume" or "traffic" or "load" or "throughput" or "requests" or "queries" && Units.TryPerDay(t.W(p - 1), out perDay) && t.W(p - 1).EndsWith("ly", StringComparison.Ordinal))
        {
            start = p - 1;
            return true;
        }

        if (Units.TryPerDay(t.W(p), out perDay) && t.W(p - 1) is "/" or "per" or "a" or "an" or "each" && t.IsWord(p - 2) && !People.Contains(t.W(p - 2)))
        {
            start = p - 2;
            return true;
        }

        perDay = 0;
        return false;
    }

    /// <summary>"/day", "per hour", "a week", "each month", "daily", "every 2 seconds".</summary>
    private static bool TryPeriod(TokenText t, int i, out double perDay, out int last)
    {
        last = i;
        var w = t.W(i);
        if (w is "daily" or "hourly" or "weekly" or "monthly" or "yearly" or "annually")
        {
            return Units.TryPerDay(w, out perDay);
        }

        if (w is "/" or "per" or "a" or "an" or "each" or "every")
        {
            var period = t.W(i + 1);
            if (w == "every" && t.IsNumber(i + 1) && double.TryParse(period, out var n) && n > 0 && Units.TryPerDay(t.W(i + 2), out var f))
            {
                perDay = f / n;
                last = i + 2;
                return true;
            }

            last = i + 1;
            return Units.TryPerDay(period, out perDay) && !(w is "a" or "an" && period is "d" or "h" or "s" or "w");
        }

        perDay = 0;
        return false;
    }

    /// <summary>"150 agents x 60 tickets a day": the factor before the count, and where the product starts.</summary>
    private static double Product(TriageScan scan, int index, out int first)
    {
        var t = scan.Tokens;
        var q = scan.Quantities[index];
        first = q.First;
        if (index > 0 && scan.Quantities[index - 1] is { Unit: UnitKind.None, Money: false } before && q.First - before.Last <= 6
            && (t.W(q.First - 1) is "x" or "×" or "*"
                || (People.Contains(t.W(before.Last + 1)) && (Context.Back(t, q.First, 5, Each) > before.Last || Context.Ahead(t, q.Last, 3, Each) > 0))))
        {
            first = before.First;
            return before.Value;
        }

        return 1;
    }
}
