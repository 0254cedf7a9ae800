using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Reports;
using static ModelStrategy.Channels.Slack.Blocks.BlockElements;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>
/// A review that came due: the title, who asked for it, the verdict, path, cost and time to launch then and now, the
/// prices behind them, the questions for the team, and the buttons (the new full report, then the card's commands).
/// </summary>
internal static class ReviewBlocks
{
    public static SlackMessageContent Render(ReviewCard card, ReportLinks links)
    {
        var message = new MessageBuilder()
            .Add(Header(card.Title))
            .Add(Section(Mrkdwn.Escape(card.Intro)))
            .Add(Section((card.Changed ? ":warning: *" : ":white_check_mark: *") + Mrkdwn.Escape(card.Verdict) + "*"))
            .Add(Fields(card.Changes.Select(c => $"*{Mrkdwn.Escape(c.Label)}*\n"
                + (c.Changed ? $"{Mrkdwn.Escape(c.Before)} → *{Mrkdwn.Escape(c.After)}*" : $"{Mrkdwn.Escape(c.After)} (as before)"))));
        message.AddRange(ListBlocks.Packed(
            card.PriceChanges.Count == 0 ? ["No price or figure behind the estimate changed."] : card.PriceChanges.Select(p => "• " + Mrkdwn.Escape(p)),
            "*Prices behind it*"));
        if (card.Prices is { } prices)
        {
            message.Add(Context(Mrkdwn.Escape(prices)));
        }

        message.Add(Section("*What may have changed on your side?*\n" + Mrkdwn.Bullets(card.Questions)));
        var report = BlockKitLimits.ButtonLink(links.Report(card.ReportPath)) is { } url ? message.Link("Open full report", url) : null;
        message.Buttons([report, .. card.Actions.Select(a => message.Command(a, card.Context))]);
        return message.Build($"{card.Title}. {card.Verdict}");
    }
}
