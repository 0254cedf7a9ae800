namespace ModelStrategy.Channels.Slack.Work;

/// <summary>
/// Where endpoints hand work to the background: <see cref="SlackWorkQueue"/>'s lanes, run by the worker. The durable
/// copy of that work is the inbox item <see cref="Inbound.SlackDeliveries"/> stored first; this seam lets the
/// endpoint tests record what was queued instead of running it.
/// </summary>
internal interface ISlackWorkQueue
{
    /// <summary>Queues <paramref name="work"/>; false when its lane is full or the queue is shutting down (an inbox item
    /// then stays in the inbox for a later lease; the request is still acknowledged).</summary>
    bool TryEnqueue(SlackWork work);
}
