using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Channels.Slack.Events;

/// <summary>
/// Link previews (<c>link_shared</c> → <c>chat.unfurl</c>): each link that is a report of this host becomes the compact
/// card, but only when the recommendation belongs to the workspace the event came from. A link of another workspace,
/// an unknown, expired or malformed id, or any other address gets no preview at all, so it stays a plain link and
/// nothing tells whether the recommendation exists. When no link qualifies, chat.unfurl is not called.
/// </summary>
internal sealed class UnfurlHandler(IRecommendationStore store, ReportLinks links, IOptions<PublicUrlOptions> options, ISlackApiClient api, SlackReplySender sender)
{
    public async Task HandleAsync(UnfurlWork work, CancellationToken cancellationToken)
    {
        var reader = work.TeamId is { Length: > 0 } team ? new Audience(Audience.Slack, team) : null;
        var previews = new Dictionary<string, JsonArray>(StringComparer.Ordinal);
        foreach (var url in work.Urls)
        {
            if (ReportPaths.IdOfUrl(url, options.Value.BaseUri) is not { } id || !RecommendationIds.IsWellFormed(id))
            {
                continue;
            }

            var recommendation = await store.GetAsync(id, cancellationToken);
            if (recommendation?.Audience?.Admits(reader) == true)
            {
                // No "Details" button: a preview is not a message the bot can replace through a response_url.
                previews[url] = CompactBlocks.Render(RecommendationCards.Compact(recommendation), links, detailsButton: false).Blocks;
            }
        }

        if (previews.Count > 0)
        {
            await sender.GuardAsync(SlackMethods.Unfurl, () => api.UnfurlAsync(work.Target, previews, cancellationToken));
        }
    }
}
