using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Reports;
using static ModelStrategy.Channels.Slack.Blocks.BlockElements;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>The cards that list things about recommendations: compare, assumptions and history.</summary>
internal static class ListBlocks
{
    /// <summary>Every path's bar, then every alternative with why not.</summary>
    public static SlackMessageContent Comparison(ComparisonCard card)
    {
        var message = new MessageBuilder()
            .Add(Header("How the paths compare"))
            .Add(Section($"Recommended: *{Mrkdwn.Escape(card.ChosenName)}*. Longer bars fit your answers better."));
        if (card.Scores.Count > 0)
        {
            message.Add(Section(RecommendationSections.ScoreBars(card.Scores)));
        }

        message.AddRange(Packed(card.Alternatives.Select(a => RecommendationSections.Alternatives([a]).Replace("*Runner-up*\n", string.Empty, StringComparison.Ordinal))));
        AddPrices(message, card.Prices);
        return message.Build($"How the paths compare: {card.ChosenName} is recommended.");
    }

    /// <summary>The typical values used first, then the figures behind the estimates.</summary>
    public static SlackMessageContent Assumptions(AssumptionsCard card)
    {
        var message = new MessageBuilder().Add(Header("Assumptions behind this recommendation"));
        var defaulted = card.Items.Where(a => a.Defaulted).ToList();
        var figures = card.Items.Where(a => !a.Defaulted).ToList();
        if (card.Items.Count == 0)
        {
            message.Add(Section("Nothing was assumed: every answer came from you."));
        }

        if (defaulted.Count > 0)
        {
            message.AddRange(Packed(RecommendationSections.AssumptionLines(defaulted), "*Typical values used (you didn't say)*"));
        }

        if (figures.Count > 0)
        {
            message.AddRange(Packed(RecommendationSections.AssumptionLines(figures), "*Figures behind the estimates*"));
        }

        AddPrices(message, card.Prices);
        return message.Build($"Assumptions behind this recommendation: {card.Items.Count}.");
    }

    /// <summary>Which price book the card's numbers come from, as a context line; nothing for old recommendations.</summary>
    private static void AddPrices(MessageBuilder message, string? prices)
    {
        if (prices is not null)
        {
            message.Add(Context(Mrkdwn.Escape(prices)));
        }
    }

    /// <summary>Newest first; each path name links to its full report when a public base URL is known.</summary>
    public static SlackMessageContent History(HistoryCard card, ReportLinks links)
    {
        var message = new MessageBuilder().Add(Header("Recent recommendations"));
        if (card.Items.Count == 0)
        {
            message.Add(Section("No recommendations here yet."));
        }

        foreach (var item in card.Items.Take(BlockKitLimits.MessageBlocks - 1))
        {
            var name = BlockKitLimits.ButtonLink(links.Report(item.ReportPath)) is { } url ? Mrkdwn.Link(url, item.PathName) : Mrkdwn.Escape(item.PathName);
            var when = item.CreatedAt.ToUniversalTime().ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
            var outcome = item.Outcome is { Length: > 0 } said ? "\n" + Mrkdwn.Escape(said) : string.Empty;
            message.Add(Section($"*{name}*\n{Mrkdwn.Escape(item.Summary)}{outcome}\n_{Mrkdwn.Escape(item.ByName)} · {when}_"));
        }

        return message.Build($"Recent recommendations: {card.Items.Count}.");
    }

    /// <summary>Lines packed into as few sections as fit 3,000 characters each; the first starts with <paramref name="heading"/>.</summary>
    public static IEnumerable<JsonObject> Packed(IEnumerable<string> lines, string? heading = null)
    {
        var text = new StringBuilder(heading is null ? string.Empty : heading + "\n");
        foreach (var line in lines.Select(l => Mrkdwn.Fit(l, BlockKitLimits.SectionText)))
        {
            if (text.Length > 0 && text.Length + line.Length + 1 > BlockKitLimits.SectionText)
            {
                yield return Section(text.ToString().TrimEnd('\n'));
                text.Clear();
            }

            text.Append(line).Append('\n');
        }

        if (text.Length > 0)
        {
            yield return Section(text.ToString().TrimEnd('\n'));
        }
    }
}
