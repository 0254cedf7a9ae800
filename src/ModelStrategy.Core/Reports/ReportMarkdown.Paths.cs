using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Reports;

/// <summary>The constraints, every path's score with its reasons, and the cost of each feasible path.</summary>
public static partial class ReportMarkdown
{
    private static void Constraints(MarkdownWriter md, Recommendation r)
    {
        md.Heading(2, ReportSections.Constraints);
        if (r.Text is { Length: > 0 } text)
        {
            md.Paragraph("From the text:").Quote(text);
        }

        md.Table(["Constraint", "Value", "Where it came from"], ReportFacts.Constraints(r).Select(c => (IReadOnlyList<string>)
            [c.Label, c.Value, ReportSections.Origin(c)]));
    }

    private static void Paths(MarkdownWriter md, Recommendation r)
    {
        md.Heading(2, ReportSections.Scores);
        md.Table(["Path", "Score", "Status", "Cost, most likely", "Time to launch, most likely"], r.Paths.OrderBy(p => p.Path).Select(p => (IReadOnlyList<string>)
            [p.Name, $"{p.Score}/100", ReportSections.Status(r, p), Display.Money(p.CostP50Usd), Display.Duration(p.TimelineP50Weeks)]));
        foreach (var path in r.Paths.OrderBy(p => p.Path))
        {
            md.Heading(3, $"{path.Name}: {path.Score}/100");
            if (path.Blockers.Count > 0)
            {
                md.Paragraph("Ruled out by:").Bullets(path.Blockers);
            }

            md.Paragraph("For:").Bullets(ReportSections.Reasons(path, positive: true));
            md.Paragraph("Against:").Bullets(ReportSections.Reasons(path, positive: false));
        }
    }

    private static void Costs(MarkdownWriter md, Recommendation r)
    {
        md.Heading(2, ReportSections.CostByPath);
        md.Paragraph($"12-month cost of each feasible path: P10 (optimistic), most likely (P50) and P90 (pessimistic). Budget: {Display.Money(r.Constraints.BudgetUsd)}.");
        md.Table(["Path", "P10", "Most likely", "P90"], ReportFacts.ChartedPaths(r).Select(p => CostRow(r, p)));
        md.Heading(3, $"{ReportSections.Breakdown}: {r.PathName}");
        md.Table(["Part", "What", "P10", "Most likely", "P90", "How"], r.Cost.Breakdown.Select(b => (IReadOnlyList<string>)
            [b.Category, b.Label, Display.Money(b.P10), Display.Money(b.P50), Display.Money(b.P90), b.Basis]));
    }

    private static IReadOnlyList<string> CostRow(Recommendation r, PathAssessment path)
    {
        var cost = ReportFacts.Cost(path);
        return [ReportSections.Marked(r, path), Display.Money(cost.P10), Display.Money(cost.P50), Display.Money(cost.P90)];
    }
}
