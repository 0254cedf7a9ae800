using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Teams.Outbound;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.ChannelSupport.RateLimiting;

namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>
/// The polite answer to an authenticated activity over its tenant's limit, as far as the protocol allows:
/// a message gets 200 and, once per conversation per <see cref="RateLimitNotices.Window"/>, one short text reply (then
/// silence, so a flood does not become an outbound flood); an Action.Execute invoke gets its required 200 with a
/// transient message the clicking user sees (no outbound call); anything else (conversationUpdate, other invokes)
/// keeps 429 with Retry-After, since there is nobody to answer and the Bot Connector may deliver it again later.
/// </summary>
internal sealed class RateLimitReplies(RateLimitNotices notices, ReplySender sender, ILogger<RateLimitReplies> logger)
{
    /// <summary>The answer to send instead of doing the work, or null to refuse with 429.</summary>
    public async Task<InboundResult?> AnswerAsync(Activity activity, RateLimitDecision decision, CancellationToken cancellationToken)
    {
        var text = Text(decision);
        if (activity.Type == ActivityTypes.Invoke)
        {
            return activity.Name == ActivityTypes.AdaptiveCardAction
                ? InboundResult.Invoke(ActivityTypes.MessageContentType, text)
                : null;
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return null;
        }

        if (notices.TryClaim(activity.Conversation!.Id!))
        {
            Log.RateLimitNoticeSent(logger);
            await sender.SendAsync(activity, [TextCard.Of(text, TextKind.Notice)], replyToInbound: activity.Id is not null, cancellationToken);
        }

        return InboundResult.Ok;
    }

    /// <summary>The notice, with the wait rounded up to whole seconds.</summary>
    public static string Text(RateLimitDecision decision) =>
        $"I'm getting a lot of requests from your organisation right now. Please try again in about {decision.RetryAfterSeconds} seconds.";
}
