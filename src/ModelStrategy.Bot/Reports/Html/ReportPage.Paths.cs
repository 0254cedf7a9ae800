using ModelStrategy.Bot.Reports.Charts;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Bot.Reports.Html;

/// <summary>The constraints as understood, every path's score with its reasons, and the cost of each feasible path.</summary>
internal static partial class ReportPage
{
    private static void Constraints(Markup html, Recommendation r)
    {
        var rows = ReportFacts.Constraints(r);
        Section(html, "constraints", ReportSections.Constraints, () =>
        {
            if (r.Text is { Length: > 0 } text)
            {
                html.Leaf("p", "From the text:");
                html.Leaf("blockquote", text, ("class", "quote"));
            }

            var assumed = rows.Count(c => c.Origin == ConstraintOrigin.Assumed);
            html.Leaf("p", $"{rows.Count - assumed} of {rows.Count} given or read from the text; {assumed} assumed (typical values, marked below).");
            HtmlTable.Write(html, ReportSections.Constraints, ["Constraint", "Value", "Where it came from"],
                rows.Select(c => (IReadOnlyList<string>)[c.Label, c.Value, ReportSections.Origin(c)]),
                rowClass: i => rows[i].Origin == ConstraintOrigin.Assumed ? "assumed" : null);
        });
    }

    private static void Paths(Markup html, Recommendation r)
    {
        var paths = r.Paths.OrderBy(p => p.Path).ToList();
        Section(html, "scores", ReportSections.Scores, () =>
        {
            ScoreChart.Render(html, r);
            HtmlTable.Write(html, "Every path's score, cost and time to launch (most likely)", ["Path", "Score", "Status", "Cost", "Time to launch"],
                paths.Select(p => (IReadOnlyList<string>)[p.Name, $"{p.Score}/100", ReportSections.Status(r, p), Display.Money(p.CostP50Usd), Display.Duration(p.TimelineP50Weeks)]),
                numeric: new HashSet<int> { 1, 3, 4 }, rowClass: i => paths[i].Path == r.Path ? "chosen" : null);
            foreach (var path in paths)
            {
                PathDetail(html, r, path);
            }
        });
    }

    private static void PathDetail(Markup html, Recommendation r, PathAssessment path)
    {
        html.Open("div", ("class", path.Path == r.Path ? "path chosen" : "path"));
        html.Open("h3").Text($"{path.Name}: {path.Score}/100 ").Leaf("span", ReportSections.Status(r, path), ("class", "status")).Close();
        if (path.Blockers.Count > 0)
        {
            html.Leaf("p", "Ruled out by:");
            List(html, path.Blockers, cssClass: "blockers");
        }

        html.Open("div", ("class", "columns"));
        Titled(html, "For", ReportSections.Reasons(path, positive: true));
        Titled(html, "Against", ReportSections.Reasons(path, positive: false));
        html.Close().Close();
    }

    private static void Costs(Markup html, Recommendation r)
    {
        Section(html, "costs", ReportSections.CostByPath, () =>
        {
            CostChart.Render(html, r);
            html.Leaf("h3", $"{ReportSections.Breakdown}: {r.PathName}");
            HtmlTable.Write(html, $"{ReportSections.Breakdown}: {r.PathName}", ["Part", "What", "P10", "Most likely", "P90", "How it was computed"],
                r.Cost.Breakdown.Select(b => (IReadOnlyList<string>)[b.Category, b.Label, Display.Money(b.P10), Display.Money(b.P50), Display.Money(b.P90), b.Basis]),
                numeric: new HashSet<int> { 2, 3, 4 });
        });
    }
}
