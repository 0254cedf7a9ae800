using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Triage.Numbers;
using ModelStrategy.Core.Triage.Text;

namespace ModelStrategy.Core.Triage.Readers;

/// <summary>
/// latencyP95Ms: milliseconds always ("p95 10ms", "under 200ms"); seconds or minutes only next to a bound or a
/// response word ("under 2 seconds", "within 30s per PR", "reply under 3s", "latency budget 1.5s", "in under half a
/// second" = 500). "sub-second" is 1000; "real-time" and "near real-time" are read by <c>RealTimeLexicon</c>.
/// A time that is a frequency ("1 part every 2 seconds") or a duration of something ("20 minutes of every claim")
/// is not latency.
/// </summary>
internal static class LatencyReader
{
    private static readonly HashSet<string> Cues =
    [
        "under", "below", "within", "sub", "<", "≤", "<=", "max", "maximum", "less", "p95", "p99", "p90", "p50", "latency",
        "response", "responses", "respond", "responds", "reply", "replies", "answer", "answers", "return", "returns",
        "back", "decide", "decides", "decision", "verdict", "appear", "finish", "faster", "sla", "most", "budget",
    ];

    /// <summary>Minutes count as a response-time limit only next to a latency word, never a bound alone.</summary>
    private static readonly HashSet<string> LatencyWords = ["latency", "p95", "p99", "p90", "response", "respond", "responds", "sla"];

    private static readonly HashSet<string> AfterCues = ["latency", "p95", "p99", "response", "responses", "or", "max", "tops", "sla"];

    /// <summary>Time to first token is not the time an answer takes.</summary>
    private static readonly HashSet<string> FirstToken = ["ttft", "first"];

    private static readonly HashSet<string> NotLatency = ["every", "each", "per", "for", "after", "takes", "took", "spend", "spent", "of"];

    /// <summary>Reads the response-time limit.</summary>
    public static void Read(TriageScan scan)
    {
        var t = scan.Tokens;
        var readings = new List<NumberReading>();
        foreach (var (index, q) in scan.Free())
        {
            if (q.Unit != UnitKind.Time || q.Scale > 60_000 || NotLatency.Contains(t.W(Context.PreviousWord(t, q.First))))
            {
                continue;
            }

            var cue = Context.Back(t, q.First, 6, Cues);
            if (cue < 0 && t.W(q.Last + 1) == "of")
            {
                continue;
            }

            var firstToken = Context.Back(t, q.First, 6, FirstToken) >= 0;

            var clear = q.Scale == 1 || (q.Scale <= 1000 && cue >= 0) || AfterCues.Contains(t.W(q.Last + 1))
                || (cue >= 0 && Context.Back(t, q.First, 6, LatencyWords) >= 0);
            if (clear)
            {
                var first = cue >= 0 ? cue : q.First;
                readings.Add(new NumberReading(index, q.Value * q.Scale, firstToken ? 1 : 2, t.Span(first, q.Last)));
            }
        }

        SubSecond(t, readings);
        NumberReading.OfferBest(scan, ConstraintFields.LatencyP95Ms, readings);
    }

    /// <summary>"sub-second", "subsecond", "sub second".</summary>
    private static void SubSecond(TokenText t, List<NumberReading> readings)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (t.W(i) == "subsecond")
            {
                readings.Add(new NumberReading(-1, 1000, 2, t.Span(i, i)));
            }
            else if (t.W(i) == "sub" && t.W(i + 1) == "second")
            {
                readings.Add(new NumberReading(-1, 1000, 2, t.Span(i, i + 1)));
            }
            else if (t.W(i) == "sub" && t.W(i + 1) == "-" && t.W(i + 2) == "second")
            {
                readings.Add(new NumberReading(-1, 1000, 2, t.Span(i, i + 2)));
            }
        }
    }
}
