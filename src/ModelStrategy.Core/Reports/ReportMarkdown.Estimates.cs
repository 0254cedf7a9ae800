using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Reports;

/// <summary>The chosen path's timeline by phase and the published reference ranges beside our estimates.</summary>
public static partial class ReportMarkdown
{
    private static void Timeline(MarkdownWriter md, Recommendation r)
    {
        var t = r.TimelineWeeks;
        md.Heading(2, $"{ReportSections.Timeline}: {r.PathName}");
        md.Paragraph($"Phases on the critical path, one after another. Deadline: {Display.Duration(r.Constraints.DeadlineWeeks)}.");
        var rows = ReportFacts.Phases(r).Select(p => (IReadOnlyList<string>)
            [p.Name, ReportSections.Week(p.StartWeeks), Display.Duration(p.Weeks.P10), Display.Duration(p.Weeks.P50), Display.Duration(p.Weeks.P90)]);
        md.Table(["Phase", "Starts (most likely)", "P10", "Most likely", "P90"],
            rows.Append(["Launch (total)", "–", Display.Duration(t.P10), Display.Duration(t.P50), Display.Duration(t.P90)]));
    }

    private static void References(MarkdownWriter md, Recommendation r)
    {
        md.Heading(2, ReportSections.References);
        var cost = r.Cost.References.Select(x => Reference("Cost", x, money: true));
        var time = r.TimelineWeeks.References.Select(x => Reference("Time to launch", x, money: false));
        var rows = cost.Concat(time).ToList();
        if (rows.Count == 0)
        {
            md.Paragraph(ReportSections.NoReferences);
            return;
        }

        md.Table(["Estimate", "Source", "Scope", "Published", "Ours (P10–P90)", "Agrees"], rows);
    }

    private static IReadOnlyList<string> Reference(string what, ReferenceRange x, bool money) =>
        [what, x.Source, x.Scope, ReportFacts.Published(x, money), ReportFacts.Ours(x, money), x.Agrees ? "yes" : "no: " + ReportSections.Disagrees];
}
