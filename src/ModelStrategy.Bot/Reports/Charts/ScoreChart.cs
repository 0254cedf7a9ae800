using System.Globalization;
using ModelStrategy.Bot.Reports.Html;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Bot.Reports.Charts;

/// <summary>Every path's fit score, 0–100, lightest path first; ruled-out paths are marked.</summary>
internal static class ScoreChart
{
    public static void Render(Markup html, Recommendation r)
    {
        var paths = r.Paths.OrderBy(p => p.Path).ToList();
        var layout = new ChartLayout(LabelWidth: 190, Top: ChartLayout.NoLimitBand);
        var scale = LinearScale.Covering(100, layout.X0, ChartLayout.X1, minTickSpacing: 48);
        var chart = new SvgChart(html, "scores", layout, scale, paths.Count);

        html.Open("figure");
        chart.Begin("Fit score of every path",
            "A bar per path, from 0 to its fit score out of 100; paths ruled out by a blocker are marked. The table below lists the same scores.");
        chart.Axis(v => v.ToString("0", CultureInfo.InvariantCulture), "fit score (0–100)");
        for (var i = 0; i < paths.Count; i++)
        {
            var path = paths[i];
            html.Open("g", ("class", CostChart.RowClass(r, path)), ("data-path", WireName.Of(path.Path)), ("data-score", Markup.Exact(path.Score)));
            chart.Label(i, ReportFacts.ShortName(path.Path));
            chart.Bar(i, 0, path.Score, "score");
            chart.Value(i, $"{path.Score}/100", path.Path == r.Path ? "· recommended" : path.Feasible ? null : "· ruled out");
            html.Close();
        }

        chart.End();
        html.Leaf("figcaption", "Longer bars fit your constraints better. A ruled-out path fails a hard constraint, whatever its score.");
        html.Close();
    }
}
