using ModelStrategy.Channels.Teams.Cards;
using System.Globalization;
using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Reports;
using static ModelStrategy.Benchmarks.Cards.Old.AdaptiveElements;

namespace ModelStrategy.Benchmarks.Cards.Old;

/// <summary>
/// The result, readable in ten seconds from the top: path and confidence, why, Pros and Cons, cost and timeline;
/// then the score bars, the runner-up and why not, what would change this, and the assumptions behind a toggle.
/// </summary>
internal static class RecommendationCardRenderer
{
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

    public static JsonObject Render(RecommendationCard card, ReportLinks links)
    {
        var body = new List<JsonNode>();
        if (card.Notice is { Length: > 0 } notice)
        {
            body.Add(Notice(notice));
        }

        body.Add(Heading(card.PathName, size: "Large", spacing: null));
        body.Add(Text(Confidence(card), weight: "Bolder", color: "Accent", spacing: "Small"));
        body.AddRange(card.Why.Select(Bullet));
        body.Add(RecommendationSections.ProsAndCons(card));
        body.AddRange(RecommendationSections.Estimates(card));
        if (card.Understood.Count > 0)
        {
            body.Add(Heading("What I understood", size: "Default"));
            body.AddRange(card.Understood.Select(Bullet));
        }

        if (card.Scores.Count > 0)
        {
            body.Add(Heading("How the paths compare", size: "Default"));
            body.AddRange(ScoreBars.Render(card.Scores));
        }

        body.AddRange(RecommendationSections.Alternatives(card.Alternatives, MaxAlternatives));
        if (card.WhatWouldChange.Count > 0)
        {
            body.Add(Heading("What would change this", size: "Default"));
            body.AddRange(card.WhatWouldChange.Select(Bullet));
        }

        body.AddRange(Assumptions(card.Assumptions));
        body.AddRange(ActionRows([.. Actions(card, links.For(card.ReportPath), links.For(card.ReportPath + ReportPaths.MarkdownSuffix))]));
        return AdaptiveCardRenderer.Root(FallbackText(card), body);
    }

    public static string Confidence(RecommendationCard card) =>
        string.Create(CultureInfo.InvariantCulture, $"Recommended · {card.ConfidenceLevel} confidence ({Math.Round(card.Confidence * 100):0}%)");

    /// <summary>
    /// The buttons in rows of <see cref="ButtonsPerRow"/>, so their titles are not cut off (one row of seven would be); the
    /// overflow-menu ones join the last row.
    /// </summary>
    private static IEnumerable<JsonNode> ActionRows(List<JsonObject> actions)
    {
        var primary = actions.Where(a => a["mode"] is null).ToList();
        var secondary = actions.Where(a => a["mode"] is not null);
        var rows = primary.Chunk(ButtonsPerRow).Select(r => r.ToList()).DefaultIfEmpty([]).ToList();
        rows[^1].AddRange(secondary);
        return rows.Where(r => r.Count > 0).Select((row, i) => (JsonNode)ActionSet(row, spacing: i == 0 ? "Large" : "Small"));
    }

    /// <summary>
    /// The full report link first, then the card's commands; beyond six, "assumptions" (shown inline) and the Markdown link
    /// go to the overflow menu.
    /// </summary>
    private static IEnumerable<JsonObject> Actions(RecommendationCard card, Uri? report, Uri? markdown)
    {
        var primary = 0;
        if (report is not null)
        {
            primary++;
            yield return AdaptiveActions.OpenUrl(ReportTitle, report);
        }

        foreach (var action in card.Actions.OrderBy(a => a.Name == CardActionNames.Assumptions && card.Assumptions.Count > 0))
        {
            var secondary = (action.Name == CardActionNames.Assumptions && card.Assumptions.Count > 0) || primary >= MaxPrimaryActions;
            primary += secondary ? 0 : 1;
            yield return AdaptiveActions.Execute(action, card.Context, mode: secondary ? "secondary" : null);
        }

        if (markdown is not null)
        {
            // Adaptive Cards in Teams have no copy-to-clipboard action: this opens the report as Markdown in the browser,
            // where it is one select-all and copy away.
            yield return AdaptiveActions.OpenUrl(MarkdownTitle, markdown, mode: "secondary");
        }
    }

    private static IEnumerable<JsonNode> Assumptions(IReadOnlyList<AssumptionLine> assumptions)
    {
        if (assumptions.Count == 0)
        {
            yield break;
        }

        yield return ActionSet([AdaptiveActions.Toggle($"Show assumptions ({assumptions.Count})", AssumptionsId)], spacing: "Medium");
        yield return Container(RecommendationSections.AssumptionFacts(assumptions), id: AssumptionsId, visible: false);
    }

    private static string FallbackText(RecommendationCard card) =>
        $"{card.PathName} ({card.ConfidenceLevel} confidence). Cost: {card.Cost.Text}. Timeline: {card.Timeline.Text}.";
}
