using System.Globalization;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Reports;
using static ModelStrategy.Channels.Slack.Blocks.BlockElements;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>
/// The result, readable in ten seconds from the top: path and confidence, the assumptions that decide it (each with
/// its one-click answer), why, cost and timeline, Pros and Cons; then
/// the score bars, the runner-up and why not, what would change this, the typical values used, and the buttons
/// (full report and Markdown links when a public base URL is known, then the card's commands).
/// </summary>
internal static class RecommendationBlocks
{
    /// <summary>The runner-up and the next one; "compare" shows them all.</summary>
    public const int MaxAlternatives = 2;

    /// <summary>The result as a message; <paramref name="links"/> decides the report buttons.</summary>
    public static SlackMessageContent Render(RecommendationCard card, ReportLinks links)
    {
        var message = new MessageBuilder();
        if (card.Notice is { Length: > 0 } notice)
        {
            message.Add(Section(":information_source: " + Mrkdwn.Escape(notice)));
        }

        message.Add(Header(card.PathName));
        message.Add(Section($"*{Confidence(card)}*"));
        foreach (var line in card.Decisive)
        {
            message.Add(Section(":point_right: " + Mrkdwn.Escape(line.Text), line.Answer is { } answer ? message.Command(answer, card.Context) : null));
        }

        message.Add(Section(Mrkdwn.Bullets(card.Why)));
        message.AddRange(RecommendationSections.Estimates(card.Cost, card.Timeline, card.Prices));
        message.Add(Fields([$"*Pros*\n{Mrkdwn.Bullets(card.Pros)}", $"*Cons*\n{Mrkdwn.Bullets(card.Cons)}"]));
        if (card.Understood.Count > 0)
        {
            message.Add(Section("*What I understood:* " + string.Join(" · ", card.Understood.Select(Mrkdwn.Escape))));
        }

        message.Add(Divider());
        if (card.Scores.Count > 0)
        {
            message.Add(Section("*How the paths compare*\n" + RecommendationSections.ScoreBars(card.Scores)));
        }

        if (RecommendationSections.Alternatives(card.Alternatives, MaxAlternatives) is { Length: > 0 } alternatives)
        {
            message.Add(Section(alternatives));
        }

        if (card.WhatWouldChange.Count > 0)
        {
            message.Add(Section($"*What would change this*\n{Mrkdwn.Bullets(card.WhatWouldChange)}"));
        }

        if (RecommendationSections.TypicalValues(card.Assumptions) is { Length: > 0 } typical)
        {
            message.Add(Context(typical));
        }

        message.Buttons([.. Links(card, links, message), .. card.Actions.Select(a => message.Command(a, card.Context))]);
        return message.Build($"Recommended: {card.PathName} ({card.ConfidenceLevel} confidence). Cost: {card.Cost.Text}. Timeline: {card.Timeline.Text}.");
    }

    /// <summary>"Recommended · high confidence (82%)".</summary>
    public static string Confidence(RecommendationCard card) => Confidence(card.ConfidenceLevel, card.Confidence);

    /// <summary>"Recommended · high confidence (82%)", escaped.</summary>
    public static string Confidence(string level, double confidence) =>
        string.Create(CultureInfo.InvariantCulture, $"Recommended · {Mrkdwn.Escape(level)} confidence ({Math.Round(confidence * 100):0}%)");

    private static IEnumerable<System.Text.Json.Nodes.JsonObject> Links(RecommendationCard card, ReportLinks links, MessageBuilder message)
    {
        if (BlockKitLimits.ButtonLink(links.Report(card.ReportPath)) is not { } report)
        {
            yield break;
        }

        yield return message.Link("Open full report", report);
        if (BlockKitLimits.ButtonLink(links.ReportMarkdown(card.ReportPath)) is { } markdown)
        {
            yield return message.Link("Copy as Markdown", markdown);
        }
    }
}
