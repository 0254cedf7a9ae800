using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelStrategy.Channels.Slack.Work;
using ModelStrategy.Core.ChannelSupport.Deliveries;
using ModelStrategy.Core.ChannelSupport.Inbox;

namespace ModelStrategy.Channels.Slack.Inbound;

/// <summary>
/// Takes on a delivery once, across every instance: records its key in the shared <see cref="IDeliveryLedger"/>,
/// stores the raw verified request in the durable <see cref="IInbox"/> (leased to this instance) and only then
/// queues its work and acknowledges. A key already recorded is a repeat (Slack's retry, or a second instance's copy)
/// and is acknowledged without work. When the in-memory queue is full the item's lease is released: it is kept, and
/// the worker of this or another instance takes it up when there is room.
/// </summary>
internal sealed class SlackDeliveries(
    IDeliveryLedger ledger, IInbox inbox, IInboxOwner owner, ISlackWorkQueue queue, IOptions<SlackOptions> options, TimeProvider time,
    ILogger<SlackDeliveries> logger)
{
    /// <summary>How long a delivery is remembered: Slack's last retry comes about 5 minutes after the first attempt.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    public const string RetryNumHeader = "X-Slack-Retry-Num";

    /// <summary>The acknowledgement: 200 once the work is stored in the inbox or was already taken on.</summary>
    /// <param name="key">The delivery's key (also the inbox item's key).</param>
    /// <param name="work">The work read from the request.</param>
    /// <param name="kind">The endpoint's inbox kind, which reads the work again from the body after a restart.</param>
    /// <param name="verified">The verified request: its raw body is what the inbox keeps.</param>
    /// <param name="request">The request (retry header, abort token).</param>
    public async Task<IResult> AcceptAsync(string key, SlackWork work, SlackInboxKind kind, VerifiedSlackRequest verified, HttpRequest request)
    {
        work = work with { TeamId = verified.TeamId };
        var received = time.GetTimestamp();
        var retry = request.Headers[RetryNumHeader].ToString();
        if (!await ledger.TryRecordAsync(key, time.GetUtcNow(), Retention, request.HttpContext.RequestAborted))
        {
            Log.Repeat(logger, key, retry.Length == 0 ? "none" : retry);
            return Results.Ok();
        }

        var now = time.GetUtcNow();
        try
        {
            if (!await inbox.TryAddAsync(key, kind.Name, System.Text.Encoding.UTF8.GetString(verified.Body), owner.Id, now + options.Value.InboxLease(), request.HttpContext.RequestAborted))
            {
                Log.Repeat(logger, key, "inbox");
                return Results.Ok();
            }
        }
        catch
        {
            // Not stored, so not taken on: Slack's retry must get another chance.
            await ledger.ForgetAsync(key, CancellationToken.None);
            throw;
        }

        if (queue.TryEnqueue(work with { InboxKey = key, ReceivedAt = received }))
        {
            return Results.Ok();
        }

        await inbox.ReleaseAsync(key, owner.Id, now, CancellationToken.None);
        Log.QueueFull(logger, key);
        return Results.Ok();
    }
}
