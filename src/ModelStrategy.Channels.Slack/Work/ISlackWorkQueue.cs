namespace ModelStrategy.Channels.Slack.Work;

/// <summary>
/// Where endpoints hand work to the background after acknowledging Slack. In-process and bounded for now; a durable
/// inbox can replace it behind this interface.
/// </summary>
internal interface ISlackWorkQueue
{
    /// <summary>Queues <paramref name="work"/>; false when the queue is full or shutting down (the caller refuses the request).</summary>
    bool TryEnqueue(SlackWork work);
}
