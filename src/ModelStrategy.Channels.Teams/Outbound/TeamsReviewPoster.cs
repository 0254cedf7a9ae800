using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Teams.Inbound;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>
/// Posts a due review as a proactive message to the stored conversation (sendToConversation). The stored serviceUrl
/// came from an authenticated activity; it must still be one the bot may send its token to (<see cref="TrustedServiceUrls"/>).
/// The connector client is taken per post (a typed HttpClient is not kept).
/// </summary>
internal sealed class TeamsReviewPoster(IServiceProvider services, IAdaptiveCardRenderer renderer, TrustedServiceUrls trusted, ILogger<TeamsReviewPoster> logger)
    : IReviewPoster
{
    public string Channel => ActivityMapper.Channel;

    public async Task<bool> PostAsync(string address, IReadOnlyList<Card> cards, CancellationToken cancellationToken)
    {
        var to = TeamsAddress.Decode(address);
        trusted.Trust(to?.ServiceUrl);
        if (to is null || !trusted.IsTrusted(to.ServiceUrl))
        {
            Log.ReviewAddressRefused(logger);
            return false;
        }

        var connector = services.GetRequiredService<IConnectorClient>();
        foreach (var card in cards)
        {
            var activity = to.Message(new Attachment(ActivityTypes.AdaptiveCardContentType, renderer.Render(card)));
            if (!await ReplySender.GuardAsync(logger, "send", () => connector.SendAsync(to.ServiceUrl, to.ConversationId, activity, cancellationToken)).ConfigureAwait(false))
            {
                return false;
            }
        }

        return true;
    }
}
