using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Teams.Inbound;
using ModelStrategy.Core.Cards;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>Turns the engine's cards into connector calls for one inbound activity.</summary>
internal sealed class ReplySender(IConnectorClient connector, IAdaptiveCardRenderer renderer, ILogger<ReplySender> logger)
{
    public JsonNode Render(Card card) => renderer.Render(card);

    /// <summary>Posts the cards as new messages, in the activity's conversation (and thread), replying to it when it has an id.</summary>
    public async Task SendAsync(Activity inbound, IEnumerable<Card> cards, bool replyToInbound, CancellationToken cancellationToken)
    {
        foreach (var card in cards)
        {
            var outbound = Outgoing(inbound, card);
            await GuardAsync("send", () => replyToInbound && inbound.Id is { } id
                ? connector.ReplyAsync(inbound.ServiceUrl!, inbound.Conversation!.Id!, id, outbound, cancellationToken)
                : connector.SendAsync(inbound.ServiceUrl!, inbound.Conversation!.Id!, outbound, cancellationToken));
        }
    }

    /// <summary>Replaces the clicked card (replyToId) with <paramref name="card"/>; posts it as new when that is impossible.</summary>
    public async Task UpdateOrSendAsync(Activity inbound, Card card, CancellationToken cancellationToken)
    {
        if (inbound.ReplyToId is { Length: > 0 } cardMessageId)
        {
            var updated = await GuardAsync("update", () =>
                connector.UpdateAsync(inbound.ServiceUrl!, inbound.Conversation!.Id!, cardMessageId, Outgoing(inbound, card), cancellationToken));
            if (updated)
            {
                return;
            }
        }

        await SendAsync(inbound, [card], replyToInbound: false, cancellationToken);
    }

    internal Activity Outgoing(Activity inbound, Card card) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = inbound.ChannelId,
        ServiceUrl = inbound.ServiceUrl,
        From = inbound.Recipient,
        Recipient = inbound.From,
        Conversation = inbound.Conversation,
        Attachments = [new Attachment(ActivityTypes.AdaptiveCardContentType, renderer.Render(card))],
    };

    private Task<bool> GuardAsync(string operation, Func<Task<string?>> call) => GuardAsync(logger, operation, call);

    /// <summary>Runs one connector call; false (logged) when the connector refused it or it could not be made.</summary>
    internal static async Task<bool> GuardAsync(ILogger logger, string operation, Func<Task<string?>> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or BrokenCircuitException or TimeoutRejectedException or InvalidOperationException)
        {
            Log.SendFailed(logger, ex, operation);
            return false;
        }
    }
}
