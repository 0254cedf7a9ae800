using System.Globalization;
using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Formatting;
using static ModelStrategy.Channels.Slack.Blocks.BlockElements;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>The parts of a result that compare and list: estimates, score bars, alternatives and assumptions (all mrkdwn, escaped).</summary>
internal static class RecommendationSections
{
    /// <summary>Cost and timeline side by side, the published ranges beside them, and a visible note when they disagree.</summary>
    /// <param name="cost">The cost estimate.</param>
    /// <param name="timeline">The timeline estimate.</param>
    /// <param name="prices">The price book line; null leaves it out.</param>
    /// <param name="withReferences">False leaves the published ranges out (the compact card shows them with its details).</param>
    public static IEnumerable<JsonObject> Estimates(EstimateRange cost, EstimateRange timeline, string? prices, bool withReferences = true)
    {
        yield return Fields([$"*Cost, first 12 months*\n{Mrkdwn.Escape(cost.Text)}", $"*Time to launch*\n{Mrkdwn.Escape(timeline.Text)}"]);
        var references = withReferences ? PublishedRanges(cost, timeline) : [];
        var disagree = new[] { (Name: "cost", Range: cost), (Name: "timeline", Range: timeline) }.Where(e => e.Range.Disagrees).Select(e => e.Name).ToList();
        var note = disagree.Count > 0
            ? $":warning: A published range for the {string.Join(" and ", disagree)} does not overlap this estimate; the full report says why."
            : null;
        if (references.Count > 0 || note is not null || prices is not null)
        {
            yield return Context(
                references.Count > 0 ? PublishedRangesLine(references) : string.Empty,
                note ?? string.Empty,
                prices is not null ? Mrkdwn.Escape(prices) : string.Empty);
        }
    }

    /// <summary>The non-empty published ranges of both estimates.</summary>
    public static List<string> PublishedRanges(EstimateRange cost, EstimateRange timeline) =>
        [.. cost.References.Concat(timeline.References).Where(r => r.Length > 0)];

    /// <summary>"Published ranges: …", escaped.</summary>
    public static string PublishedRangesLine(IEnumerable<string> references) => "Published ranges: " + Mrkdwn.Escape(string.Join(" · ", references));

    /// <summary>Every path as a text bar in a code block, names aligned: "RAG ✓           ███████░░░  72".</summary>
    public static string ScoreBars(IReadOnlyList<ScoreBar> scores)
    {
        var names = scores.Select(s => s.Chosen ? s.Name + " ✓" : s.Feasible ? s.Name : s.Name + " ✗").ToList();
        var width = names.Max(n => n.Length);
        var lines = scores.Select((s, i) => string.Create(CultureInfo.InvariantCulture, $"{names[i].PadRight(width)}  {s.Bar}  {Math.Clamp(s.Score, 0, 100),3}"));
        var legend = scores.Any(s => !s.Feasible && !s.Chosen) ? "\n_✓ recommended · ✗ ruled out_" : string.Empty;
        return "```" + Mrkdwn.Escape(string.Join("\n", lines)) + "```" + legend;
    }

    /// <summary>The runner-up first, each with score, cost, timeline and why not; at most <paramref name="max"/>.</summary>
    public static string Alternatives(IReadOnlyList<AlternativeLine> alternatives, int max = int.MaxValue)
    {
        var shown = alternatives.Take(max).ToList();
        if (shown.Count == 0)
        {
            return string.Empty;
        }

        var heading = shown.Count == 1 ? "*Runner-up*" : "*Runner-up and others*";
        var lines = shown.Select(a => string.Create(CultureInfo.InvariantCulture,
            $"*{Mrkdwn.Escape(a.Name)}* · score {a.Score} · {Mrkdwn.Escape(a.Cost)} · {Mrkdwn.Escape(a.Timeline)}\n_Why not:_ {Mrkdwn.Escape(a.WhyNot)}"));
        return heading + "\n" + string.Join("\n", lines);
    }

    /// <summary>"Typical values used (you didn't say): budget $50k · deadline 12 weeks"; empty when nothing was defaulted.</summary>
    public static string TypicalValues(IReadOnlyList<AssumptionLine> assumptions)
    {
        var defaulted = assumptions.Where(a => a.Defaulted).Select(a => Mrkdwn.Escape(FieldDisplay.Pair(a.Label, a.Value))).ToList();
        return defaulted.Count == 0 ? string.Empty : "Typical values used (you didn't say): " + string.Join(" · ", defaulted);
    }

    /// <summary>One line per assumption: "• *label*: value (source)".</summary>
    public static IEnumerable<string> AssumptionLines(IEnumerable<AssumptionLine> assumptions) => assumptions.Select(a =>
        a.Defaulted
            ? $"• *{Mrkdwn.Escape(FieldDisplay.Label(a.Label))}*: {Mrkdwn.Escape(FieldDisplay.Value(a.Label, a.Value))} ({Mrkdwn.Escape(a.Source)})"
            : $"• *{Mrkdwn.Escape(a.Label)}*: {Mrkdwn.Escape(a.Value)} ({Mrkdwn.Escape(a.Source)})");
}
