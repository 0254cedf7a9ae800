using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Core.Cards;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ModelStrategy.Channels.Slack.Outbound;

/// <summary>
/// Turns the engine's cards into Web API calls. A failed call is logged (method and error code) and reported as
/// false; it never throws into the worker, so one undeliverable reply does not affect the next.
/// </summary>
internal sealed class SlackReplySender(ISlackApiClient api, BlockKitRenderer renderer, ILogger<SlackReplySender> logger)
{
    public SlackMessageContent Render(Card card) => renderer.Render(card);

    /// <summary>Posts each card as a new message at <paramref name="place"/>, in order; stops at the first failure.</summary>
    public async Task<bool> PostAsync(SlackPlace place, IEnumerable<Card> cards, CancellationToken cancellationToken)
    {
        foreach (var card in cards)
        {
            if (!await GuardAsync(SlackMethods.PostMessage, () => api.PostMessageAsync(place, renderer.Render(card), cancellationToken)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Posts one rendered message at <paramref name="place"/>; false (logged) when it failed.</summary>
    public Task<bool> PostAsync(SlackPlace place, SlackMessageContent content, CancellationToken cancellationToken) =>
        GuardAsync(SlackMethods.PostMessage, () => api.PostMessageAsync(place, content, cancellationToken));

    /// <summary>Replaces the message <paramref name="messageTs"/> with <paramref name="card"/>; posts it as new when that fails.</summary>
    public async Task<bool> UpdateOrPostAsync(SlackPlace place, string messageTs, Card card, CancellationToken cancellationToken)
    {
        var content = renderer.Render(card);
        return await GuardAsync(SlackMethods.Update, () => api.UpdateMessageAsync(place.Channel, messageTs, content, cancellationToken))
            || await GuardAsync(SlackMethods.PostMessage, () => api.PostMessageAsync(place, content, cancellationToken));
    }

    /// <summary>Posts <paramref name="card"/> to a response_url, for everyone or only the user.</summary>
    public Task<bool> RespondAsync(string responseUrl, Card card, bool inChannel, CancellationToken cancellationToken, bool replaceOriginal = false) =>
        GuardAsync(SlackMethods.ResponseUrl, () => api.RespondAsync(responseUrl, new SlackResponse(renderer.Render(card), inChannel, replaceOriginal), cancellationToken));

    /// <summary>Runs one call; false (logged) when Slack refused it or it could not be made.</summary>
    public async Task<bool> GuardAsync(string operation, Func<Task> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or BrokenCircuitException or TimeoutRejectedException)
        {
            Log.SendFailed(logger, ex, operation);
            return false;
        }
    }
}
