namespace ModelStrategy.Channels.Slack.Work;

/// <summary>
/// Work accepted by an endpoint and done after the acknowledgement. Items with the same <see cref="Partition"/> run
/// one at a time in arrival order (e.g. one dialog's inputs); other partitions run in parallel.
/// </summary>
internal abstract record SlackWork
{
    /// <summary>The ordering key: items sharing it never overlap.</summary>
    public abstract string Partition { get; }
}
