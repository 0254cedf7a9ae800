using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Reports;

/// <summary>
/// The full report of a stored recommendation as Markdown, for pasting into a design doc or a ticket: the same sections
/// and numbers as the HTML page, with tables where the page has charts. Pure: the same recommendation gives the same text.
/// </summary>
public static partial class ReportMarkdown
{
    /// <summary>The report; <see cref="Recommendation.ReportUrl"/>, when absolute, is linked at the top.</summary>
    public static string Render(Recommendation recommendation, Outcomes.Outcome? outcome = null)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        var r = recommendation;
        var md = new MarkdownWriter();
        md.Heading(1, $"{ReportSections.Title}: {r.PathName}");
        md.Fact("Recommended", $"{r.PathName}, {ReportFacts.Confidence(r)}")
            .Fact("Cost, first 12 months", Display.MoneyRange(r.Cost.P10, r.Cost.P50, r.Cost.P90))
            .Fact("Time to launch", Display.DurationRange(r.TimelineWeeks.P10, r.TimelineWeeks.P50, r.TimelineWeeks.P90))
            .Fact("Serving", ReportSections.Serving(r.Serving));
        if (r.Prices is { } prices)
        {
            md.Fact("Prices", prices.Name);
        }

        if (outcome?.Choice is { } choice)
        {
            md.Fact("Outcome", Outcomes.OutcomeWords.Chose(choice) + (outcome.Actuals is { } a
                ? $"; took about {Display.Duration(a.Weeks)} and about {Display.Money(a.CostUsd)} (estimated {Outcomes.OutcomeWords.Estimate(choice.Estimate)})"
                : string.Empty));
        }

        md.Fact("Computed", $"{ReportFacts.When(r.CreatedAt)} (recommendation {r.Id})")
            .Blank();
        if (r.ReportUrl is { } url)
        {
            md.Link("Full report", url);
        }

        Warnings(md, r);
        md.Heading(2, ReportSections.Why).Bullets(r.Rationale);
        md.Heading(3, "Pros").Bullets(r.Pros);
        md.Heading(3, "Cons").Bullets(r.Cons);
        md.Heading(3, "Risks").Bullets(r.Risks);
        md.Heading(3, "Next steps").Bullets(r.NextSteps);
        Constraints(md, r);
        Paths(md, r);
        Costs(md, r);
        Timeline(md, r);
        References(md, r);
        Flips(md, r);
        Assumptions(md, r);
        SourcesList(md, r);
        return md.ToString();
    }

    private static void Warnings(MarkdownWriter md, Recommendation r)
    {
        var warnings = ReportSections.Warnings(r);
        if (warnings.Count > 0)
        {
            md.Heading(2, ReportSections.Check).Bullets(warnings);
        }
    }

    private static void Flips(MarkdownWriter md, Recommendation r)
    {
        md.Heading(2, ReportSections.Flips);
        if (r.FlipConditions.Count == 0)
        {
            md.Paragraph(ReportSections.NoFlips);
            return;
        }

        md.Table(["Constraint", "Now", "Would flip at", "New recommendation"], r.FlipConditions.Select(f => (IReadOnlyList<string>)
            [FieldDisplay.Label(f.Field), f.From, f.To, ReportFacts.PathName(f.NewPath)]));
    }

    private static void Assumptions(MarkdownWriter md, Recommendation r)
    {
        md.Heading(2, ReportSections.Assumptions);
        md.Table(["Assumption", "Value", "Range", "Source", "As of", "Grade"], r.Assumptions.Select(a => (IReadOnlyList<string>)
            [a.Name, Quantities.WithUnit(a.Value, a.Unit), Quantities.Range(a), a.Source, a.AsOf, Quantities.Grade(a.Grade)]));
    }

    private static void SourcesList(MarkdownWriter md, Recommendation r)
    {
        var (works, figures) = ReportSections.CitedSources(r);
        md.Heading(2, ReportSections.Sources);
        md.Bullets([.. works.Select(w => w.Reference)]);
        md.Heading(3, ReportSections.FigureSources).Bullets(figures);
    }
}
