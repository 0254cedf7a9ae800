using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Slack.Work;
using ModelStrategy.Core.Deliveries;

namespace ModelStrategy.Channels.Slack.Inbound;

/// <summary>
/// Takes on a delivery once, across every instance: records its key in the shared <see cref="IDeliveryLedger"/>,
/// then queues its work. A key already recorded is a repeat (Slack's retry, or a second instance's copy) and is
/// acknowledged without work. When the queue is full the key is forgotten again and the request refused, so
/// Slack's retry gets another chance instead of being dropped.
/// </summary>
internal sealed class SlackDeliveries(IDeliveryLedger ledger, ISlackWorkQueue queue, TimeProvider time, ILogger<SlackDeliveries> logger)
{
    /// <summary>How long a delivery is remembered: Slack's last retry comes about 5 minutes after the first attempt.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    public const string RetryNumHeader = "X-Slack-Retry-Num";

    /// <summary>The acknowledgement: 200 when the work is queued or was already taken on, 503 when it cannot be queued now.</summary>
    public async Task<IResult> AcceptAsync(string key, SlackWork work, HttpRequest request)
    {
        var retry = request.Headers[RetryNumHeader].ToString();
        if (!await ledger.TryRecordAsync(key, time.GetUtcNow(), Retention, request.HttpContext.RequestAborted))
        {
            Log.Repeat(logger, key, retry.Length == 0 ? "none" : retry);
            return Results.Ok();
        }

        if (queue.TryEnqueue(work))
        {
            return Results.Ok();
        }

        await ledger.ForgetAsync(key, CancellationToken.None);
        Log.QueueFull(logger, key);
        return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }
}
