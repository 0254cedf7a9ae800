using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Slack.Inbound;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Channels.Slack.Outbound;

/// <summary>
/// Posts a due review with chat.postMessage where it was asked for: the thread it was set in, or the direct message.
/// The sender (over a typed HttpClient) is taken per post, not kept.
/// </summary>
internal sealed class SlackReviewPoster(IServiceProvider services, ILogger<SlackReviewPoster> logger) : IReviewPoster
{
    public string Channel => SlackConversations.Channel;

    public async Task<bool> PostAsync(string address, IReadOnlyList<Card> cards, CancellationToken cancellationToken)
    {
        if (SlackPlace.Decode(address) is not { } place)
        {
            Log.ReviewAddressUnreadable(logger);
            return false;
        }

        return await services.GetRequiredService<SlackReplySender>().PostAsync(place, cards, cancellationToken).ConfigureAwait(false);
    }
}
