using ModelStrategy.Core.Inbox;

namespace ModelStrategy.Channels.Slack.Tests.TestSupport;

/// <summary>An <see cref="IInbox"/> in a dictionary, with the port's semantics (leases by time), for channel tests.</summary>
internal sealed class InMemoryInbox : IInbox
{
    private readonly Dictionary<string, (InboxItem Item, DateTimeOffset LeasedUntil, long Order)> _items = new(StringComparer.Ordinal);
    private int _leaseCalls;
    private int _countCalls;
    private long _order;

    public IReadOnlyList<InboxItem> Items
    {
        get
        {
            lock (_items)
            {
                return [.. _items.Values.OrderBy(v => v.Order).Select(v => v.Item)];
            }
        }
    }

    public DateTimeOffset LeasedUntil(string key)
    {
        lock (_items)
        {
            return _items[key].LeasedUntil;
        }
    }

    public Task<bool> TryAddAsync(string key, string kind, string payload, DateTimeOffset leasedUntil, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            return Task.FromResult(_items.TryAdd(key, (new InboxItem(key, kind, payload, null, 1), leasedUntil, _order++)));
        }
    }

    public Task<IReadOnlyList<InboxItem>> LeaseAsync(DateTimeOffset now, DateTimeOffset leasedUntil, int max, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _leaseCalls);
        lock (_items)
        {
            var due = _items.Values.Where(v => v.LeasedUntil <= now).OrderBy(v => v.LeasedUntil).ThenBy(v => v.Order).Take(max).ToList();
            var leased = new List<InboxItem>();
            foreach (var (item, _, order) in due)
            {
                var next = item with { Attempts = item.Attempts + 1 };
                _items[item.Key] = (next, leasedUntil, order);
                leased.Add(next);
            }

            return Task.FromResult<IReadOnlyList<InboxItem>>(leased);
        }
    }

    public Task SaveProgressAsync(string key, string progress, CancellationToken cancellationToken) =>
        Update(key, v => v with { Item = v.Item with { Progress = progress } });

    public Task ReleaseAsync(string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        Update(key, v => v with { LeasedUntil = now });

    public Task CompleteAsync(string key, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            _items.Remove(key);
        }

        return Task.CompletedTask;
    }

    /// <summary>How many times <see cref="LeaseAsync"/> was called.</summary>
    public int LeaseCalls => Volatile.Read(ref _leaseCalls);

    /// <summary>How many times <see cref="CountAsync"/> was called.</summary>
    public int CountCalls => Volatile.Read(ref _countCalls);

    public Task<long> CountAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _countCalls);
        lock (_items)
        {
            return Task.FromResult((long)_items.Count);
        }
    }

    private Task Update(string key, Func<(InboxItem Item, DateTimeOffset LeasedUntil, long Order), (InboxItem, DateTimeOffset, long)> change)
    {
        lock (_items)
        {
            if (_items.TryGetValue(key, out var value))
            {
                _items[key] = change(value);
            }
        }

        return Task.CompletedTask;
    }
}
