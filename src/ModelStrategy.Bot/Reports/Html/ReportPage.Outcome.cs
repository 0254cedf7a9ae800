using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Outcomes;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Bot.Reports.Html;

/// <summary>What the team went with and, once said, what it took, in a table beside the estimate for that path.</summary>
internal static partial class ReportPage
{
    private static void OutcomeSection(Markup html, Outcome? outcome)
    {
        if (outcome?.Choice is not { } choice)
        {
            return;
        }

        Section(html, "outcome", "What the team did", () =>
        {
            html.Leaf("p", $"{OutcomeWords.Chose(choice)}, said on {ReportFacts.When(choice.At)}.");
            var e = choice.Estimate;
            var a = outcome.Actuals;
            HtmlTable.Write(html, "Estimate and outcome for the path taken", ["", "Estimated", "Actual"],
            [
                ["Time to launch", OutcomeWords.Weeks(e), a is null ? "not said yet" : "about " + Display.Duration(a.Weeks)],
                ["Cost", OutcomeWords.Cost(e) + " (12 months)", a is null ? "not said yet" : "about " + Display.Money(a.CostUsd)],
            ]);
            if (a is not null)
            {
                html.Leaf("p", OutcomeWords.Compared(e, a) + $" Said on {ReportFacts.When(a.At)}.", ("class", "note"));
            }
        });
    }
}
