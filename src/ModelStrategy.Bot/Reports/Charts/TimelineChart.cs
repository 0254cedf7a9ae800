using ModelStrategy.Bot.Reports.Html;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Bot.Reports.Charts;

/// <summary>
/// The chosen path's phases one after another on a week scale (a bar for each phase's most likely length, a whisker
/// for where it ends between P10 and P90), then the launch date's P10–P90 with the P50 marked, and the deadline.
/// </summary>
internal static class TimelineChart
{
    /// <summary>A deadline further out than this factor of the longest estimate would squash the bars; it is stated, not drawn.</summary>
    private const double MaxDeadlineSpread = 3;

    private const double WeeksPerMonth = 52 / 12.0;

    public static void Render(Markup html, Recommendation r)
    {
        var phases = ReportFacts.Phases(r);
        var total = new Percentiles(r.TimelineWeeks.P10, r.TimelineWeeks.P50, r.TimelineWeeks.P90);
        var longest = phases.Select(p => p.StartWeeks + p.Weeks.P90).Append(total.P90).Max();
        var deadline = r.Constraints.DeadlineWeeks;
        var deadlineShown = deadline <= Math.Max(longest, 1) * MaxDeadlineSpread;
        var layout = new ChartLayout(LabelWidth: 270, Top: deadlineShown ? ChartLayout.LimitBand : ChartLayout.NoLimitBand);
        var top = Math.Max(deadlineShown ? Math.Max(longest, deadline) : longest, 0.5);
        var inMonths = top > 26;
        var scale = inMonths
            ? LinearScale.WithSteps(top, layout.X0, ChartLayout.X1, 72, MonthSteps())
            : LinearScale.WithSteps(top, layout.X0, ChartLayout.X1, 72, [0.5, 1, 2, 4, 5, 10, 20]);
        var chart = new SvgChart(html, "timeline", layout, scale, phases.Count + 1);

        html.Open("figure");
        chart.Begin($"Timeline by phase: {r.PathName}",
            "Each phase starts when the ones before it most likely end; its bar is its most likely length and the whisker shows where it ends "
            + "between the optimistic (P10) and pessimistic (P90) case. The last row is the launch: P10 to P90 with a mark at the most likely week. "
            + (deadlineShown ? "The dashed line is the deadline. " : string.Empty) + "The table below lists the same numbers.");
        chart.Axis(inMonths ? Months : Weeks, inMonths ? "months from the start" : "weeks from the start");
        if (deadlineShown)
        {
            chart.Limit(deadline, "deadline " + Display.Duration(deadline), "deadline");
        }

        for (var i = 0; i < phases.Count; i++)
        {
            var (phase, start) = (phases[i], phases[i].StartWeeks);
            html.Open("g", ("class", "row phase"), ("data-start", Markup.Exact(start)), ("data-p10", Markup.Exact(phase.Weeks.P10)),
                ("data-p50", Markup.Exact(phase.Weeks.P50)), ("data-p90", Markup.Exact(phase.Weeks.P90)));
            chart.Label(i, phase.Name);
            chart.Bar(i, start, start + phase.Weeks.P50, "span");
            chart.Whisker(i, start + phase.Weeks.P10, start + phase.Weeks.P90);
            chart.Value(i, Display.Duration(phase.Weeks.P50), $"({Compact(phase.Weeks)})");
            html.Close();
        }

        html.Open("g", ("class", "row chosen total"), ("data-p10", Markup.Exact(total.P10)), ("data-p50", Markup.Exact(total.P50)), ("data-p90", Markup.Exact(total.P90)));
        chart.Label(phases.Count, "Launch");
        chart.Range(phases.Count, total, "range");
        chart.Value(phases.Count, Display.Duration(total.P50), $"({Compact(total)})");
        html.Close();
        chart.End();
        html.Leaf("figcaption", "Bars: each phase's most likely length, one after another; whiskers: where it ends from P10 to P90. Last row: the launch, P10 to P90, mark at the most likely week. "
            + (deadlineShown ? $"Dashed line: the deadline, {Display.Duration(deadline)}." : $"The deadline, {Display.Duration(deadline)}, is far beyond this scale."));
        html.Close();
        var rows = phases.Select(p => (IReadOnlyList<string>)[p.Name, ReportSections.Week(p.StartWeeks), Display.Duration(p.Weeks.P10), Display.Duration(p.Weeks.P50), Display.Duration(p.Weeks.P90)])
            .Append(["Launch (total)", "–", Display.Duration(total.P10), Display.Duration(total.P50), Display.Duration(total.P90)]);
        HtmlTable.Write(html, $"Timeline by phase: {r.PathName}", ["Phase", "Starts (most likely)", "P10", "Most likely (P50)", "P90"], rows,
            numeric: new HashSet<int> { 2, 3, 4 }, rowClass: i => i == phases.Count ? "total" : null);
    }

    /// <summary>"4–17 weeks" or "5–14 months": the range as the cards write it.</summary>
    private static string Compact(Percentiles weeks) => ReportFacts.Span(weeks.P10, weeks.P90, money: false);

    /// <summary>A tick on a week axis, as the cards write weeks: "0", "4 weeks".</summary>
    private static string Weeks(double weeks) => weeks <= 0 ? "0" : Display.Duration(weeks);

    /// <summary>A tick on a month axis (ticks are whole months): "0", "6 months".</summary>
    private static string Months(double weeks) => weeks <= 0 ? "0" : $"{Math.Round(weeks / WeeksPerMonth):0} months";

    private static IEnumerable<double> MonthSteps() => new[] { 1.0, 2, 3, 6, 12, 24, 60, 120 }.Select(m => m * WeeksPerMonth);
}
