using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Triage.Numbers;
using ModelStrategy.Core.Triage.Text;

namespace ModelStrategy.Core.Triage.Readers;

/// <summary>
/// deadlineWeeks from durations and relative times: "launch in 6 weeks", "maybe 2-3 months" (10.83), "half a year",
/// "two quarters", "4 weeks, 30k", "next week" (1), "next month" (4.33), "next quarter" (13), "within a year".
/// Calendar dates are read by <see cref="CalendarReader"/>. Not deadlines: history and amounts of something ("18 months
/// of tickets", "going back 20 years", "for 3 months", "over 12 months"), frequencies ("every 2 weeks", "twice a
/// week"), a duration used as an adjective ("a 70-year archive"), a negated one ("it's not 6 weeks").
/// </summary>
internal static class DeadlineReader
{
    private static readonly HashSet<string> SkipBefore =
    [
        "every", "each", "per", "once", "twice", "for", "last", "past", "previous", "since", "after", "spent", "spend",
        "took", "taken", "take", "takes", "lasted", "ran", "run", "over", "across", "during", "back", "already", "first",
        "another", "extra", "additional", "x", "×", "worth", "covers", "cover", "covering", "spans", "spanning", "lasts", "lasting",
        "funded", "funding", "grant", "contract", "term",
    ];

    private static readonly HashSet<string> SkipAfter =
        ["ago", "old", "of", "worth", "history", "per", "/", "later", "earlier", "behind", "long", "running", "straight", "prior", "before"];

    private static readonly HashSet<string> Frequency = ["a", "an", "each", "every", "per"];

    private static readonly HashSet<string> Negations =
    [
        "not", "no", "never", "can't", "cant", "cannot", "won't", "wont", "isn't", "don't", "dont", "doesn't", "wasn't",
        "aren't", "couldn't", "shouldn't", "impossible", "unrealistic",
    ];

    private static readonly HashSet<string> Hedges =
    [
        "about", "around", "roughly", "approximately", "approx", "~", "≈", "maybe", "probably", "prob", "perhaps",
        "nearly", "almost", "only", "just", "like", "say", "think", "guess", "i", "realistically", "ideally", "the", "next",
        "coming", "in", "within", "under", "than", "less", "inside", "by",
    ];

    private static readonly HashSet<string> TimelineNouns =
        ["deadline", "timeline", "timeframe", "window", "runway", "target", "horizon", "launch", "rollout", "project", "plan", "delivery", "turnaround", "schedule", "build"];

    private static readonly HashSet<string> AfterLaunch = ["from", "out", "away", "deadline", "timeline", "to", "max", "tops", "runway"];

    /// <summary>Reads durations and relative times; calendar readings are added by <see cref="CalendarReader"/>.</summary>
    public static void Read(TriageScan scan)
    {
        var t = scan.Tokens;
        var readings = new List<NumberReading>();
        foreach (var (index, q) in scan.Free())
        {
            if (q.Unit == UnitKind.Duration && !IsNotADeadline(t, q) && DeadlineCues.Of(t, q.First) is { } cue)
            {
                var rank = cue.Rank == DeadlineCues.Plain && AfterLaunch.Contains(t.W(q.Last + 1)) && !Frequency.Contains(t.W(q.Last + 2))
                    ? DeadlineCues.Launch : cue.Rank;
                readings.Add(new NumberReading(index, q.Weeks, rank * 2, t.Span(Start(t, q.First, cue.Cue), q.Last)));
            }
        }

        Relative(t, readings);
        CalendarReader.Read(scan, readings);
        NumberReading.OfferBest(scan, ConstraintFields.DeadlineWeeks, readings);
    }

    private static int Start(TokenText t, int first, int cue) => cue >= 0 && first - cue <= 6 ? cue : first;

    private static bool IsNotADeadline(TokenText t, Quantity q)
    {
        var before = PreviousWord(t, q.First);
        var after = t.W(q.Last + 1);
        if (SkipBefore.Contains(t.W(before)) || SkipAfter.Contains(after) && !(after == "of" && t.W(q.Last + 2) is "runway" or "time")
            || (Frequency.Contains(after) && Units.TryPerDay(t.W(q.Last + 2), out _))
            || (q.Compound && t.IsWord(q.Last + 1) && !TimelineNouns.Contains(after))
            || Negated(t, q.First) || HistoryInBrackets(t, before))
        {
            return true;
        }

        return t.W(before) is "next" or "coming" && SkipBefore.Contains(t.W(PreviousWord(t, before)))
            && (t.W(PreviousWord(t, before)) is not ("over" or "across" or "during") || BudgetPeriod(t, q.First));
    }

    private static readonly HashSet<string> MoneyWords = ["budget", "spend", "funding", "funded", "cost", "costs", "$", "usd", "dollars", "grand"];

    /// <summary>"$3.5M over the next 12 months": the period a budget covers, not a deadline.</summary>
    private static bool BudgetPeriod(TokenText t, int first) => Context.Back(t, first, 10, MoneyWords) >= 0;

    private static int PreviousWord(TokenText t, int from)
    {
        var i = from - 1;
        while (i >= 0 && from - i <= 5 && Hedges.Contains(t.W(i)) && t.W(i) is not ("next" or "coming"))
        {
            i--;
        }

        return i;
    }

    private static bool Negated(TokenText t, int first)
    {
        var n = Context.Back(t, first, 3, Negations, stopAtSoft: true);
        return n >= 0 && t.W(n + 1) is not ("more" or "later" or "longer" or "than" or "rush");
    }

    /// <summary>"Historical tickets (4 yrs)", "log text (~10 yrs)": a bracketed span of history.</summary>
    private static bool HistoryInBrackets(TokenText t, int before) =>
        t.W(before) == "(" && Context.Back(t, before, 10, History) >= 0;

    private static readonly HashSet<string> History =
        ["historical", "history", "archive", "archives", "accumulated", "old", "older", "past", "since", "back", "tickets", "logs", "of"];

    /// <summary>"next week" (1), "next month" (4.33), "next quarter" (13), "next year" (52, only as a launch).</summary>
    private static void Relative(TokenText t, List<NumberReading> readings)
    {
        for (var i = 0; i + 1 < t.Count; i++)
        {
            if (t.W(i) != "next" || t.W(i + 1) is not ("week" or "month" or "quarter" or "year")
                || t.IsNumber(i - 1) || t.W(i - 1) is "of" or "half" || IsPeriodWord(t, PreviousWord(t, i)))
            {
                continue;
            }

            var before = t.W(PreviousWord(t, i));
            if (SkipBefore.Contains(before) || before is "through" or "throughout" || Calendar.IsMonthAt(t, i - 1) || DeadlineCues.Of(t, i) is not { } cue)
            {
                continue;
            }

            var weeks = t.W(i + 1) switch { "week" => 1, "month" => Units.WeeksPerMonth, "quarter" => 13, _ => 52 };
            if (weeks < 52 || cue.Rank == DeadlineCues.Launch)
            {
                readings.Add(new NumberReading(-1, weeks, cue.Rank * 2, t.Span(Start(t, i, cue.Cue), i + 1)));
            }
        }
    }

    private static bool IsPeriodWord(TokenText t, int i) => t.W(i) == "q" || (t.W(i - 1) == "q" && t.IsNumber(i)) || t.W(i) is "h1" or "h2";
}
