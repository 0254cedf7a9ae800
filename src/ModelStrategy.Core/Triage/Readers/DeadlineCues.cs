using ModelStrategy.Core.Triage.Text;

namespace ModelStrategy.Core.Triage.Readers;

/// <summary>
/// How clearly a time is the launch: the nearest cue word before it in its sentence decides. A launch word ("launch",
/// "live", "production", "GA", "deadline") makes it the launch; a pilot word ("pilot", "beta", "MVP") makes it a
/// lesser date (the launch counts when both are given); a meeting or action word ("sync", "send", "decision") makes
/// a calendar date not a deadline at all.
/// </summary>
internal static class DeadlineCues
{
    /// <summary>Rank of a time tied to the launch.</summary>
    public const int Launch = 3;

    /// <summary>Rank of a time with no cue ("3 months, 120k").</summary>
    public const int Plain = 2;

    /// <summary>Rank of a time tied to a pilot, beta or demo.</summary>
    public const int Pilot = 1;

    /// <summary>Words that tie a time to the production launch.</summary>
    public static readonly HashSet<string> LaunchWords =
    [
        "launch", "launches", "launched", "launching", "live", "ship", "ships", "shipping", "ga", "availability", "production",
        "prod", "rollout", "roll", "deliver", "delivery", "delivered", "deadline", "due", "timeline", "timeframe", "eta",
        "target", "targeting", "ready", "operational", "running", "done", "finished", "complete", "completed", "sellable",
        "available", "release", "released", "deploy", "deployed", "deployment", "realistic", "realistically", "need",
        "needs", "needed", "want", "wants", "aiming", "aim", "hoping", "hope", "golive", "mandate", "sla",
    ];

    /// <summary>Words that tie a time to a trial rather than the launch.</summary>
    public static readonly HashSet<string> PilotWords =
        ["pilot", "pilots", "piloting", "beta", "mvp", "poc", "prototype", "demo", "alpha", "trial", "trials", "preview"];

    /// <summary>Words that make a calendar date something other than a deadline (a meeting, an action item).</summary>
    public static readonly HashSet<string> NotDeadlineWords =
    [
        "action", "send", "share", "sync", "meeting", "call", "review", "decision", "decide", "decided", "check", "estimate",
        "met", "tried", "started", "kickoff", "workshop", "offsite", "standup", "notes", "recap", "minutes", "attendees",
    ];

    private static readonly HashSet<string> All = [.. LaunchWords, .. PilotWords, .. NotDeadlineWords];

    /// <summary>
    /// The rank of a time that starts at token <paramref name="first"/>, and the cue token (-1 when none): the nearest
    /// launch or pilot word before it in its sentence. A meeting or action word in the way makes it no deadline (null),
    /// unless a launch word comes before that, or a comma or bracket separates the two clauses.
    /// </summary>
    public static (int Rank, int Cue)? Of(TokenText t, int first)
    {
        var blocked = -1;
        var soft = false;
        var blockedAcrossClause = false;
        for (var i = first - 1; i >= 0 && first - i <= 16 && !t.IsHardBoundary(i); i--)
        {
            if (t.IsBoundary(i))
            {
                soft = true;
                continue;
            }

            var w = t.W(i);
            if (LaunchWords.Contains(w))
            {
                return (Launch, i);
            }

            if (PilotWords.Contains(w) && blocked < 0)
            {
                return (Pilot, i);
            }

            if (NotDeadlineWords.Contains(w) && blocked < 0)
            {
                blocked = i;
                blockedAcrossClause = soft;
            }
        }

        return blocked < 0 || blockedAcrossClause ? (Plain, -1) : null;
    }
}
