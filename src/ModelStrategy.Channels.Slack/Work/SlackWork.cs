using Microsoft.Extensions.DependencyInjection;

namespace ModelStrategy.Channels.Slack.Work;

/// <summary>
/// Work accepted by an endpoint and done after the acknowledgement. Items with the same <see cref="Partition"/> run
/// one at a time in arrival order (e.g. one dialog's inputs); other partitions run in parallel. Each kind of work
/// lives in its surface's folder (Events, Commands, Interactions) beside the reader that makes it and the handler that
/// does it, and names that handler in <see cref="RunAsync"/>.
/// </summary>
internal abstract record SlackWork
{
    /// <summary>The ordering key: items sharing it never overlap.</summary>
    public abstract string Partition { get; }

    /// <summary>The durable inbox item this work came from (null: not kept in the inbox).</summary>
    public string? InboxKey { get; init; }

    /// <summary>How many times the inbox item was leased (1 on the first run).</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>
    /// When this instance received the request (a <see cref="TimeProvider.GetTimestamp"/> value), for the turn latency
    /// metric; for an item resumed from the inbox, when it was leased. Null: not measured.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public long? ReceivedAt { get; init; }

    /// <summary>The workspace the request came from (its recommendations belong to it); null when the body named none.</summary>
    public string? TeamId { get; init; }

    /// <summary>What an earlier attempt recorded (see <see cref="Events.ReplyProgress"/>); null on a first run.</summary>
    public string? Progress { get; init; }

    /// <summary>Does the work with its handler, built from <paramref name="services"/> (the worker's scope for this item).</summary>
    public abstract Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>The handler, its dependencies taken from <paramref name="services"/>; handlers need no registration.</summary>
    protected static THandler Handler<THandler>(IServiceProvider services) where THandler : class =>
        ActivatorUtilities.GetServiceOrCreateInstance<THandler>(services);
}
