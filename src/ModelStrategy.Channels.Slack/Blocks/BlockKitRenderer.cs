using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>
/// Renders the channel-neutral cards as Block Kit messages within Slack's limits (<see cref="BlockKitLimits"/>), every
/// value escaped for mrkdwn, with a plain-text fallback. Messages are JSON trees because <see cref="MessageBuilder"/>
/// fits them into Slack's block and text budgets (docs/PERFORMANCE.md, "Card JSON: two ways").
/// </summary>
internal sealed class BlockKitRenderer(ReportLinks links)
{
    private readonly ReportLinks _links = links;

    /// <summary>One neutral card as a Slack message: the plain-text fallback and the blocks.</summary>
    public SlackMessageContent Render(Card card)
    {
        return card switch
        {
            QuestionCard question => QuestionBlocks.Render(question),
            RecommendationCard recommendation => RecommendationBlocks.Render(recommendation, _links),
            CompactRecommendationCard compact => CompactBlocks.Render(compact, _links),
            ComparisonCard comparison => ListBlocks.Comparison(comparison),
            AssumptionsCard assumptions => ListBlocks.Assumptions(assumptions),
            HistoryCard history => ListBlocks.History(history, _links),
            ReviewCard review => ReviewBlocks.Render(review, _links),
            TextCard text => TextBlocks.Text(text),
            ErrorCard error => TextBlocks.Error(error),
            _ => TextBlocks.Text(TextCard.Of("Sorry, I can't show that here.")),
        };
    }
}
