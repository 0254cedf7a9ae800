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

    private static readonly HashSet<string> LaunchNouns = ["launch", "go-live", "golive", "release", "rollout", "deadline", "delivery", "ga", "target", "go"];

    /// <summary>"March launch", "Q3 go-live": a launch noun right after the date.</summary>
    private static bool LaunchAfter(TokenText t, int last) => LaunchNouns.Contains(t.W(last + 1)) && !t.IsBoundary(last + 1);

    /// <summary>"- Q3", "Deadline: June 1st": the date is all its line or sentence says (after a label).</summary>
    private static bool StandsAlone(TokenText t, CalendarExpression e)
    {
        var start = t.SentenceStart(e.First);
        for (var i = start; i < e.First; i++)
        {
            if (t.IsWord(i) || t.IsNumber(i))
            {
                return false;
            }
        }

        return t.IsHardBoundary(e.Last + 1) || e.Last + 1 >= t.Count;
    }

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
            if (weeks <= 0 || DeadlineCues.Of(t, e.First) is not { } cue)
            {
                continue;
            }

            if (cue.Rank != DeadlineCues.Launch && LaunchAfter(t, e.Last))
            {
                cue = (DeadlineCues.Launch, e.Last + 1);
            }

            if (!e.Bounded && !StandsAlone(t, e) && (cue.Rank != DeadlineCues.Launch || InThePast(t, e.First)))
            {
                continue;
            }

            var first = cue.Cue >= 0 && cue.Cue < e.First && e.First - cue.Cue <= 6 ? cue.Cue : e.First;
            var last = cue.Cue > e.Last ? cue.Cue : e.Last;
            readings.Add(new NumberReading(-1, weeks, (cue.Rank * 2) + (e.Specific ? 1 : 0), t.Span(first, last)));
        }
    }
}
