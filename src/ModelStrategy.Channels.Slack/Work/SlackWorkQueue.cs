using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ModelStrategy.Channels.Slack.Work;

/// <summary>
/// A fixed number of bounded in-memory lanes; an item's lane is chosen by its partition, so one dialog's inputs stay
/// in order while different dialogs proceed side by side. A full lane refuses instead of waiting (an inbox item stays
/// in the inbox for a later lease; a notice not kept there is dropped). It also knows which inbox items it holds,
/// queued or running: those are the leases this instance renews, and the worker never queues one of them twice.
/// </summary>
internal sealed class SlackWorkQueue : ISlackWorkQueue
{
    /// <summary>
    /// Items that run at once. Each item spends most of its time waiting on Slack's Web API, so the lanes, not the
    /// CPU, bound a busy instance's turns per second (docs/PERFORMANCE.md, "Slack turns were capped by 4 work lanes").
    /// </summary>
    public const int Lanes = 32;

    /// <summary>Items one lane may hold waiting; beyond that they wait in the durable inbox.</summary>
    public const int LaneCapacity = 64;

    private readonly ConcurrentDictionary<string, byte> _held = new(StringComparer.Ordinal);

    private readonly Channel<SlackWork>[] _lanes = [.. Enumerable.Range(0, Lanes).Select(_ => Channel.CreateBounded<SlackWork>(
        new BoundedChannelOptions(LaneCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait }))];

    public IReadOnlyList<ChannelReader<SlackWork>> Readers => [.. _lanes.Select(l => l.Reader)];

    public bool TryEnqueue(SlackWork work)
    {
        if (work.InboxKey is { } key && !_held.TryAdd(key, 0))
        {
            return true;
        }

        var lane = (int)((uint)StringComparer.Ordinal.GetHashCode(work.Partition) % Lanes);
        if (_lanes[lane].Writer.TryWrite(work))
        {
            return true;
        }

        Done(work);
        return false;
    }

    /// <summary>The keys of the inbox items queued or running here (a snapshot): the leases this instance keeps renewing.</summary>
    public IReadOnlyCollection<string> HeldKeys() => [.. _held.Keys];

    /// <summary>True when the inbox item <paramref name="inboxKey"/> is queued or running here.</summary>
    public bool Holds(string inboxKey) => _held.ContainsKey(inboxKey);

    /// <summary>The item is finished, released or dropped here.</summary>
    public void Done(SlackWork work)
    {
        if (work.InboxKey is { } key)
        {
            _held.TryRemove(key, out _);
        }
    }

    /// <summary>Accepts no more work; the lanes end once what is queued has been read.</summary>
    public void Complete()
    {
        foreach (var lane in _lanes)
        {
            lane.Writer.TryComplete();
        }
    }
}
