using System.Threading.Channels;

namespace ModelStrategy.Channels.Slack.Work;

/// <summary>
/// A fixed number of bounded in-memory lanes; an item's lane is chosen by its partition, so one dialog's inputs stay
/// in order while different dialogs proceed side by side. A full lane refuses instead of waiting: the endpoint then
/// answers 503 and Slack retries later.
/// </summary>
internal sealed class SlackWorkQueue : ISlackWorkQueue
{
    public const int Lanes = 4;
    public const int LaneCapacity = 256;

    private readonly Channel<SlackWork>[] _lanes = [.. Enumerable.Range(0, Lanes).Select(_ => Channel.CreateBounded<SlackWork>(
        new BoundedChannelOptions(LaneCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait }))];

    public IReadOnlyList<ChannelReader<SlackWork>> Readers => [.. _lanes.Select(l => l.Reader)];

    public bool TryEnqueue(SlackWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var lane = (int)((uint)StringComparer.Ordinal.GetHashCode(work.Partition) % Lanes);
        return _lanes[lane].Writer.TryWrite(work);
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
