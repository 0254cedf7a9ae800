using ModelStrategy.Bot.Reports.Html;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Bot.Reports.Charts;

/// <summary>The 12-month cost of every feasible path on one logarithmic dollar scale: P10–P90 bars with the P50 marked.</summary>
internal static class CostChart
{
    /// <summary>A budget further than this factor from every cost would squash the bars; it is then stated, not drawn.</summary>
    private const double MaxBudgetSpread = 1000;

    public static void Render(Markup html, Recommendation r)
    {
        var paths = ReportFacts.ChartedPaths(r);
        var costs = paths.Select(ReportFacts.Cost).ToList();
        var values = costs.SelectMany(c => new[] { c.P10, c.P50, c.P90 }).Where(v => v >= LogScale.Floor).DefaultIfEmpty(LogScale.Floor).ToList();
        var budget = r.Constraints.BudgetUsd;
        var budgetShown = budget <= values.Max() * MaxBudgetSpread && budget >= values.Min() / MaxBudgetSpread;
        var layout = new ChartLayout(LabelWidth: 190, Top: budgetShown ? ChartLayout.LimitBand : ChartLayout.NoLimitBand);
        var scale = LogScale.Covering(budgetShown ? values.Append(budget) : values, layout.X0, ChartLayout.X1);
        var chart = new SvgChart(html, "cost", layout, scale, paths.Count);

        html.Open("figure");
        chart.Begin("12-month cost of each feasible path",
            "For each path, a bar from the optimistic (P10) to the pessimistic (P90) 12-month cost with a mark at the most likely cost (P50), "
            + $"on a logarithmic dollar scale. {(budgetShown ? "The dashed line is the budget. " : string.Empty)}The table below lists the same numbers.");
        chart.Axis(Display.Money, "12-month cost in US dollars (log scale)");
        if (budgetShown)
        {
            chart.Limit(budget, "budget " + Display.Money(budget), "budget");
        }

        for (var i = 0; i < paths.Count; i++)
        {
            var (path, cost) = (paths[i], costs[i]);
            html.Open("g", ("class", RowClass(r, path)), ("data-path", WireName.Of(path.Path)),
                ("data-p10", Markup.Exact(cost.P10)), ("data-p50", Markup.Exact(cost.P50)), ("data-p90", Markup.Exact(cost.P90)));
            chart.Label(i, ReportFacts.ShortName(path.Path));
            chart.Range(i, cost, "range");
            chart.Value(i, Display.Money(cost.P50), $"({Display.Money(cost.P10)}–{Display.Money(cost.P90)})");
            html.Close();
        }

        chart.End();
        html.Leaf("figcaption", "Bars: optimistic (P10) to pessimistic (P90); mark: most likely (P50). "
            + (budgetShown ? $"Dashed line: the budget, {Display.Money(budget)}." : $"The budget, {Display.Money(budget)}, is far off this scale."));
        html.Close();
        HtmlTable.Write(html, "12-month cost by path", ["Path", "P10", "Most likely (P50)", "P90", "Within budget"],
            paths.Select((p, i) => (IReadOnlyList<string>)[ReportSections.Marked(r, p), Display.Money(costs[i].P10), Display.Money(costs[i].P50),
                Display.Money(costs[i].P90), costs[i].P50 <= budget ? "yes" : "no"]),
            numeric: new HashSet<int> { 1, 2, 3 }, rowClass: i => paths[i].Path == r.Path ? "chosen" : null);
    }

    /// <summary>"row chosen", "row ruled-out" or "row".</summary>
    public static string RowClass(Recommendation r, PathAssessment path) =>
        path.Path == r.Path ? "row chosen" : path.Feasible ? "row" : "row ruled-out";
}
