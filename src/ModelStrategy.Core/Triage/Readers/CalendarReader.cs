using ModelStrategy.Core.Triage.Text;

namespace ModelStrategy.Core.Triage.Readers;

/// <summary>
/// Calendar deadlines, counted from the day the text is read (none without it), as LABELLING.md's table fixes them:
/// a month ("by March", "end of April", "June launch": its last day; "early"/"start of" March: the 1st; "mid-March":
/// the 15th; "before March": the day before), a date ("March 15", "1 December", "the 15th of December"), a quarter
/// ("Q3", "end of Q1 next year", "Q3 2028"), a half ("H1", "first half of next year"), and the ends of the current
/// period ("this quarter", "EOQ", "end of year", "EOY", "this month"). A date with no "by"/"before"/"end of" needs a
/// launch word before it, so meeting dates ("next sync May 4") are left alone.
/// </summary>
internal static class CalendarReader
{
    private static readonly HashSet<string> PastWords =
        ["tried", "did", "ran", "was", "were", "ago", "last", "previous", "previously", "earlier", "had", "launched", "shipped", "met", "started", "began"];

    /// <summary>"we tried a RAG demo in Feb": a past event in the same sentence, not a deadline.</summary>
    private static bool InThePast(TokenText t, int first) => Context.Back(t, first, 12, PastWords) >= 0;

    /// <summary>Adds the calendar readings of the scan to <paramref name="readings"/>.</summary>
    public static void Read(TriageScan scan, List<NumberReading> readings)
    {
        if (scan.Today is not { } today)
        {
            return;
        }

        var t = scan.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (CalendarExpression.TryRead(t, i, today) is not { } e)
            {
                continue;
            }

            i = e.Last;
            var weeks = Calendar.WeeksUntil(today, e.Date);
            if (weeks <= 0 || DeadlineCues.Of(t, e.First) is not { } cue || (!e.Bounded && (cue.Rank != DeadlineCues.Launch || InThePast(t, e.First))))
            {
                continue;
            }

            var first = cue.Cue >= 0 && e.First - cue.Cue <= 6 ? cue.Cue : e.First;
            readings.Add(new NumberReading(-1, weeks, (cue.Rank * 2) + (e.Specific ? 1 : 0), t.Span(first, e.Last)));
        }
    }
}
