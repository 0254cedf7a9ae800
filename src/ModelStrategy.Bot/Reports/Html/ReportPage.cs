using ModelStrategy.Bot.Reports.Charts;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Outcomes;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Bot.Reports.Html;

/// <summary>
/// The full report of one stored recommendation as a self-contained page: no script, no external resource, inline
/// SVG charts each followed by a table of the same numbers. The sections follow <see cref="ReportMarkdown"/>.
/// </summary>
internal static partial class ReportPage
{
    /// <summary>The page; with <paramref name="outcome"/>, what the team went with and what it took, beside the estimate.</summary>
    public static string Render(Recommendation r, Outcome? outcome = null)
    {
        var html = new Markup();
        html.Line().Open("html", ("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", "en")).Line();
        Head(html, r);
        html.Open("body").Line().Open("main");
        Summary(html, r);
        OutcomeSection(html, outcome);
        Warnings(html, r);
        Why(html, r);
        Constraints(html, r);
        Paths(html, r);
        Costs(html, r);
        Section(html, "timeline", $"{ReportSections.Timeline}: {r.PathName}", () => TimelineChart.Render(html, r));
        References(html, r);
        Flips(html, r);
        Assumptions(html, r);
        SourcesList(html, r);
        html.Close().Line();
        Footer(html, r);
        html.Close().Line().Close().Line();
        return "<!DOCTYPE html>" + html;
    }

    private static void Head(Markup html, Recommendation r)
    {
        html.Open("head").Line();
        html.Empty("meta", ("charset", "utf-8")).Line();
        html.Empty("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1")).Line();
        html.Empty("meta", ("name", "color-scheme"), ("content", "light dark")).Line();
        html.Empty("meta", ("name", "robots"), ("content", "noindex, nofollow")).Line();
        html.Empty("meta", ("name", "referrer"), ("content", "no-referrer")).Line();
        html.Leaf("title", $"{r.PathName} · {ReportSections.Title}").Line();
        html.Style(ReportStyles.Css).Line();
        html.Close().Line();
    }

    private static void Summary(Markup html, Recommendation r)
    {
        html.Open("header");
        html.Leaf("p", ReportSections.Title, ("class", "eyebrow"));
        html.Leaf("h1", r.PathName);
        html.Leaf("p", "Recommended · " + ReportFacts.Confidence(r), ("class", "confidence"));
        html.Open("div", ("class", "facts"));
        Fact(html, "Cost, first 12 months", Display.MoneyRange(r.Cost.P10, r.Cost.P50, r.Cost.P90));
        Fact(html, "Time to launch", Display.DurationRange(r.TimelineWeeks.P10, r.TimelineWeeks.P50, r.TimelineWeeks.P90));
        Fact(html, "Budget · deadline", $"{Display.Money(r.Constraints.BudgetUsd)} · {Display.Duration(r.Constraints.DeadlineWeeks)}");
        Fact(html, "Serving", $"{r.Serving.Model}, {r.Serving.Hosting}",
            $"{(string.IsNullOrWhiteSpace(r.Serving.Hardware) ? string.Empty : r.Serving.Hardware + " · ")}about {Quantities.Number(r.Serving.LatencyEstimateMs)} ms per answer");
        if (r.Prices is { } prices)
        {
            Fact(html, "Prices", $"book {prices.Version}", $"as of {prices.AsOf:yyyy-MM-dd}");
        }

        html.Close().Close().Line();
    }

    private static void Fact(Markup html, string name, string value, string? note = null)
    {
        html.Open("div", ("class", "fact"));
        html.Leaf("span", name, ("class", "name"));
        html.Leaf("span", value, ("class", "figure"));
        if (note is not null)
        {
            html.Leaf("span", note, ("class", "note"));
        }

        html.Close();
    }

    private static void Warnings(Markup html, Recommendation r)
    {
        var warnings = ReportSections.Warnings(r);
        if (warnings.Count == 0)
        {
            return;
        }

        html.Open("section", ("class", "warnings"), ("aria-labelledby", "check"));
        html.Leaf("h2", ReportSections.Check, ("id", "check"));
        List(html, warnings);
        html.Close().Line();
    }

    private static void Why(Markup html, Recommendation r)
    {
        Section(html, "why", ReportSections.Why, () =>
        {
            List(html, r.Rationale);
            html.Open("div", ("class", "columns"));
            Titled(html, "Pros", r.Pros);
            Titled(html, "Cons", r.Cons);
            html.Close();
            html.Open("div", ("class", "columns"));
            Titled(html, "Risks", r.Risks);
            Titled(html, "Next steps", r.NextSteps, ordered: true);
            html.Close();
        });
    }

    private static void Footer(Markup html, Recommendation r)
    {
        html.Open("footer");
        html.Open("p");
        html.Text($"Recommendation {r.Id}, computed {ReportFacts.When(r.CreatedAt)}. The same report ");
        // Relative links: they work under any public base URL, including one with a path. A report link's token (its
        // query) opens the Markdown too.
        var query = r.ReportUrl?.IndexOf('?', StringComparison.Ordinal) is >= 0 and var at ? r.ReportUrl[at..] : string.Empty;
        html.Leaf("a", "as Markdown", ("href", r.Id + ReportPaths.MarkdownSuffix + query));
        html.Text(" (for a design doc or a ticket) or ");
        html.Leaf("a", "as JSON", ("href", "../api/recommendations/" + r.Id));
        html.Text(".");
        html.Close().Close().Line();
    }

    /// <summary>A section with an id'd heading; its content comes from <paramref name="content"/>.</summary>
    private static void Section(Markup html, string id, string heading, Action content)
    {
        html.Open("section", ("aria-labelledby", id));
        html.Leaf("h2", heading, ("id", id));
        content();
        html.Close().Line();
    }

    private static void Titled(Markup html, string title, IReadOnlyList<string> items, bool ordered = false)
    {
        html.Open("div");
        html.Leaf("h3", title);
        List(html, items, ordered);
        html.Close();
    }

    private static void List(Markup html, IEnumerable<string> items, bool ordered = false, string? cssClass = null)
    {
        html.Open(ordered ? "ol" : "ul", ("class", cssClass));
        foreach (var item in items)
        {
            html.Leaf("li", item);
        }

        html.Close();
    }
}
