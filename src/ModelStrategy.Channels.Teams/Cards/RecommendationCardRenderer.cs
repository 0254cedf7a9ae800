using System.Globalization;
using System.Text.Json;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Reports;
using static ModelStrategy.Channels.Teams.Cards.AdaptiveCardRenderer;

namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>
/// The result, readable in ten seconds from the top: path and confidence, the assumptions that decide it, why, Pros and Cons, cost and timeline;
/// then the score bars, the runner-up and why not, what would change this, and the assumptions behind a toggle.
/// </summary>
internal static class RecommendationCardRenderer
{
    /// <summary>The id of the box of assumptions that decide the answer, each with its one-click answer.</summary>
    public const string DecisiveId = "decisive";

    /// <summary>The id of the collapsible assumptions container.</summary>
    public const string AssumptionsId = "assumptions";

    /// <summary>Teams shows at most this many buttons in the action bar; the rest go to its overflow menu.</summary>
    public const int MaxPrimaryActions = 6;

    /// <summary>The runner-up and the next one; "compare" shows them all.</summary>
    public const int MaxAlternatives = 2;

    /// <summary>Buttons per row: three titles like "Adjust an answer" fit side by side in Teams.</summary>
    public const int ButtonsPerRow = 3;

    /// <summary>The title of the link to the full report page.</summary>
    public const string ReportTitle = "Open full report";

    /// <summary>The title of the link to the report as Markdown.</summary>
    public const string MarkdownTitle = "Copy as Markdown";

    public static void Write(Utf8JsonWriter w, RecommendationCard card, ReportLinks links)
    {
        StartCard(w, $"{card.PathName} ({card.ConfidenceLevel} confidence). Cost: {card.Cost.Text}. Timeline: {card.Timeline.Text}.");
        if (card.Notice is { Length: > 0 } notice)
        {
            w.Notice(notice);
        }

        w.Heading(card.PathName, size: "Large", spacing: null);
        w.Text(Confidence(card), weight: "Bolder", color: "Accent", spacing: "Small");
        RecommendationSections.Decisive(w, card.Decisive, card.Context);
        w.Bullets(card.Why);
        RecommendationSections.ProsAndCons(w, card.Pros, card.Cons);
        RecommendationSections.Estimates(w, card.Cost, card.Timeline);
        if (card.Prices is { } prices)
        {
            w.Text(prices, size: "Small", subtle: true, spacing: "Small");
        }

        if (card.Understood.Count > 0)
        {
            w.Heading("What I understood", size: "Default");
            w.Bullets(card.Understood);
        }

        if (card.Scores.Count > 0)
        {
            w.Heading("How the paths compare", size: "Default");
            ScoreBars.Write(w, card.Scores);
        }

        RecommendationSections.Alternatives(w, card.Alternatives, MaxAlternatives);
        if (card.WhatWouldChange.Count > 0)
        {
            w.Heading("What would change this", size: "Default");
            w.Bullets(card.WhatWouldChange);
        }

        Assumptions(w, card.Assumptions);
        ActionRows(w, Actions(card, links.Report(card.ReportPath), links.Report(card.ReportPath + ReportPaths.MarkdownSuffix)), card.Context);
        EndBody(w);
        EndCard(w);
    }

    public static string Confidence(RecommendationCard card) => Confidence(card.ConfidenceLevel, card.Confidence);

    /// <summary>"Recommended · high confidence (82%)".</summary>
    public static string Confidence(string level, double confidence) =>
        string.Create(CultureInfo.InvariantCulture, $"Recommended · {level} confidence ({Math.Round(confidence * 100):0}%)");

    /// <summary>
    /// The buttons in rows of <see cref="ButtonsPerRow"/>, so their titles are not cut off (one row of seven would be); the
    /// overflow-menu ones join the last row.
    /// </summary>
    private static void ActionRows(Utf8JsonWriter w, List<Button> actions, CardContext? context)
    {
        var primary = 0;
        foreach (var action in actions)
        {
            primary += action.Secondary ? 0 : 1;
        }

        var rows = Math.Max(1, (primary + ButtonsPerRow - 1) / ButtonsPerRow);
        var next = 0;
        var written = 0;
        for (var row = 0; row < rows; row++)
        {
            var last = row == rows - 1;
            var take = Math.Min(ButtonsPerRow, primary - (row * ButtonsPerRow));
            if (take + (last ? actions.Count - primary : 0) == 0)
            {
                continue;
            }

            w.StartActionSet(spacing: written++ == 0 ? "Large" : "Small");
            for (var taken = 0; taken < take; next++)
            {
                if (!actions[next].Secondary)
                {
                    WriteButton(w, actions[next], context);
                    taken++;
                }
            }

            for (var i = 0; last && i < actions.Count; i++)
            {
                if (actions[i].Secondary)
                {
                    WriteButton(w, actions[i], context);
                }
            }

            w.EndItems();
        }
    }

    private static void WriteButton(Utf8JsonWriter w, in Button button, CardContext? context)
    {
        if (button.Link is { } url)
        {
            w.OpenUrl(button.Title, url, button.Secondary ? "secondary" : null);
        }
        else
        {
            w.Execute(button.Action!, context, mode: button.Secondary ? "secondary" : null, inputsOnCard: false);
        }
    }

    /// <summary>
    /// The full report link first, then the card's commands; beyond six, "assumptions" (shown inline) and the Markdown link
    /// go to the overflow menu.
    /// </summary>
    private static List<Button> Actions(RecommendationCard card, Uri? report, Uri? markdown)
    {
        var buttons = new List<Button>(card.Actions.Count + 2);
        var primary = 0;
        if (report is not null)
        {
            primary++;
            buttons.Add(new Button(ReportTitle, report, null, Secondary: false));
        }

        var inline = card.Assumptions.Count > 0;
        foreach (var last in (ReadOnlySpan<bool>)[false, true])
        {
            foreach (var action in card.Actions)
            {
                if ((action.Name == CardActionNames.Assumptions && inline) == last)
                {
                    var secondary = last || primary >= MaxPrimaryActions;
                    primary += secondary ? 0 : 1;
                    buttons.Add(new Button(action.Title, null, action, secondary));
                }
            }
        }

        if (markdown is not null)
        {
            // Adaptive Cards in Teams have no copy-to-clipboard action: this opens the report as Markdown in the browser,
            // where it is one select-all and copy away.
            buttons.Add(new Button(MarkdownTitle, markdown, null, Secondary: true));
        }

        return buttons;
    }

    private static void Assumptions(Utf8JsonWriter w, IReadOnlyList<AssumptionLine> assumptions)
    {
        if (assumptions.Count == 0)
        {
            return;
        }

        w.StartActionSet(spacing: "Medium");
        w.Toggle(string.Create(CultureInfo.InvariantCulture, $"Show assumptions ({assumptions.Count})"), AssumptionsId);
        w.EndItems();
        w.StartContainer(id: AssumptionsId, visible: false);
        RecommendationSections.AssumptionFacts(w, assumptions);
        w.EndItems();
    }

    /// <summary>One button of the action bar: a link (<paramref name="Link"/>) or a command (<paramref name="Action"/>).</summary>
    private readonly record struct Button(string Title, Uri? Link, CardAction? Action, bool Secondary);
}
