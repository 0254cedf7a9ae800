using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Reports;
using static ModelStrategy.Channels.Slack.Blocks.BlockElements;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>
/// The compact card as a message: path and confidence, the assumptions that decide it, why, cost and timeline, Pros and
/// Cons; the details (every path's score, the runner-up, what would change this, the assumptions) only when the card is
/// expanded; then "Details" (or "Hide details"), the full report link and the card's buttons. "Details" is answered by
/// Interactions/DetailsHandler, which sends the same card back through the click's response_url with the details shown.
/// </summary>
internal static class CompactBlocks
{
    /// <summary>The title of the button that shows the details.</summary>
    public const string ShowTitle = "Details";

    /// <summary>The title of the button that hides the details again.</summary>
    public const string HideTitle = "Hide details";

    /// <summary>
    /// The compact card as a message; <paramref name="links"/> decides the report button. <paramref name="detailsButton"/>
    /// false leaves out the button that expands the message (a link preview cannot be replaced through a response_url).
    /// </summary>
    public static SlackMessageContent Render(CompactRecommendationCard card, ReportLinks links, bool detailsButton = true)
    {
        var message = new MessageBuilder();
        message.Add(Header(card.PathName));
        message.Add(Section($"*{RecommendationBlocks.Confidence(card.ConfidenceLevel, card.Confidence)}*"));
        foreach (var line in card.Decisive)
        {
            message.Add(Section(":point_right: " + Mrkdwn.Escape(line)));
        }

        message.Add(Section(Mrkdwn.Bullets(card.Why)));
        message.AddRange(RecommendationSections.Estimates(card.Cost, card.Timeline, prices: null, withReferences: false));
        message.Add(Fields([$"*Pros*\n{Mrkdwn.Bullets(card.Pros)}", $"*Cons*\n{Mrkdwn.Bullets(card.Cons)}"]));
        if (card.Expanded)
        {
            message.Add(Divider());
            if (RecommendationSections.PublishedRanges(card.Cost, card.Timeline) is { Count: > 0 } references)
            {
                message.Add(Context(RecommendationSections.PublishedRangesLine(references)));
            }

            message.AddRange(Details(card.Details));
        }

        var details = detailsButton ? message.Command(DetailsButton(card), null) : null;
        var report = BlockKitLimits.ButtonLink(links.Report(card.ReportPath)) is { } url ? message.Link("Open full report", url) : null;
        message.Buttons([details, report, .. card.Actions.Select(a => message.Command(a, null))]);
        return message.Build($"Recommended: {card.PathName} ({card.ConfidenceLevel} confidence). Cost: {card.Cost.Text}. Timeline: {card.Timeline.Text}.");
    }

    /// <summary>The button that sends the card again with its details shown (or hidden, when they are).</summary>
    public static CardAction DetailsButton(CompactRecommendationCard card) => new(CardActionNames.Details, card.Expanded ? HideTitle : ShowTitle,
        new Dictionary<string, string> { [CardActionNames.RecommendationKey] = card.RecommendationId, [CardActionNames.ValueKey] = card.Expanded ? "hide" : "show" });

    private static IEnumerable<System.Text.Json.Nodes.JsonObject> Details(RecommendationDetails details)
    {
        if (details.MorePros.Count > 0)
        {
            yield return Section($"*More pros*\n{Mrkdwn.Bullets(details.MorePros)}");
        }

        if (details.MoreCons.Count > 0)
        {
            yield return Section($"*More cons*\n{Mrkdwn.Bullets(details.MoreCons)}");
        }

        if (details.Understood.Count > 0)
        {
            yield return Section("*What I understood:* " + string.Join(" · ", details.Understood.Select(Mrkdwn.Escape)));
        }

        if (details.Scores.Count > 0)
        {
            yield return Section("*How the paths compare*\n" + RecommendationSections.ScoreBars(details.Scores));
        }

        if (RecommendationSections.Alternatives(details.Alternatives, RecommendationBlocks.MaxAlternatives) is { Length: > 0 } alternatives)
        {
            yield return Section(alternatives);
        }

        if (details.WhatWouldChange.Count > 0)
        {
            yield return Section($"*What would change this*\n{Mrkdwn.Bullets(details.WhatWouldChange)}");
        }

        if (details.Assumptions.Count > 0)
        {
            yield return Section("*Assumptions*\n" + string.Join("\n", RecommendationSections.AssumptionLines(details.Assumptions)));
        }

        if (details.Prices is { } prices)
        {
            yield return Context(Mrkdwn.Escape(prices));
        }
    }
}
