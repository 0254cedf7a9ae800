using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Bot.Reports.Html;

/// <summary>The published reference ranges beside ours, what would change the answer, and every assumption.</summary>
internal static partial class ReportPage
{
    private static void References(Markup html, Recommendation r)
    {
        var rows = r.Cost.References.Select(x => Reference("Cost", x, money: true))
            .Concat(r.TimelineWeeks.References.Select(x => Reference("Time to launch", x, money: false))).ToList();
        var agrees = r.Cost.References.Concat(r.TimelineWeeks.References).Select(x => x.Agrees).ToList();
        Section(html, "references", ReportSections.References, () =>
        {
            if (rows.Count == 0)
            {
                html.Leaf("p", ReportSections.NoReferences);
                return;
            }

            html.Leaf("p", "Ranges published for comparable projects, from the sources listed at the end. They are references to compare against, never the source of the estimate.");
            HtmlTable.Write(html, ReportSections.References, ["Estimate", "Source", "Scope", "Published", "Ours (P10–P90)", "Agrees"], rows,
                numeric: new HashSet<int> { 3, 4 }, rowClass: i => agrees[i] ? null : "disagrees");
        });
    }

    private static IReadOnlyList<string> Reference(string what, ReferenceRange x, bool money) =>
        [what, x.Source, x.Scope, ReportFacts.Published(x, money), ReportFacts.Ours(x, money), x.Agrees ? "yes" : "no: " + ReportSections.Disagrees];

    private static void Flips(Markup html, Recommendation r)
    {
        Section(html, "flips", ReportSections.Flips, () =>
        {
            if (r.FlipConditions.Count == 0)
            {
                html.Leaf("p", ReportSections.NoFlips);
                return;
            }

            html.Leaf("p", "The nearest change to a single constraint that would recommend another path.");
            HtmlTable.Write(html, ReportSections.Flips, ["Constraint", "Now", "Would flip at", "New recommendation"],
                r.FlipConditions.Select(f => (IReadOnlyList<string>)[FieldDisplay.Label(f.Field), f.From, f.To, ReportFacts.PathName(f.NewPath)]));
        });
    }

    private static void Assumptions(Markup html, Recommendation r)
    {
        var stale = ReportFacts.StalePrices(r).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        Section(html, "assumptions", ReportSections.Assumptions, () =>
        {
            html.Leaf("p", $"Every figure behind the estimates, with its range, source, the date it was read and its evidence grade. "
                + $"Prices older than {ReportFacts.MaxPriceAgeDays} days when this was computed are marked.");
            HtmlTable.Write(html, ReportSections.Assumptions, ["Assumption", "Value", "Range", "Source", "As of", "Grade"],
                r.Assumptions.Select(a => (IReadOnlyList<string>)[a.Name, Quantities.WithUnit(a.Value, a.Unit), Quantities.Range(a), a.Source,
                    stale.Contains(a.Name) ? $"{a.AsOf} (old price)" : a.AsOf, Quantities.Grade(a.Grade)]),
                rowClass: i => stale.Contains(r.Assumptions[i].Name) ? "stale" : null);
        });
    }

    private static void SourcesList(Markup html, Recommendation r)
    {
        var (works, figures) = ReportSections.CitedSources(r);
        Section(html, "sources", ReportSections.Sources, () =>
        {
            List(html, [.. works.Select(w => w.Reference)]);
            Titled(html, ReportSections.FigureSources, figures);
        });
    }
}
