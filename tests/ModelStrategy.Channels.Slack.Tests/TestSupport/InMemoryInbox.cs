using ModelStrategy.Core.ChannelSupport.Inbox;

namespace ModelStrategy.Channels.Slack.Tests.TestSupport;

/// <summary>An <see cref="IInbox"/> in a dictionary, with the port's semantics (leases by owner and time), for channel tests.</summary>
internal sealed class InMemoryInbox : IInbox
{
    private readonly Dictionary<string, Entry> _items = new(StringComparer.Ordinal);
    private int _leaseCalls;
    private int _countCalls;
    private int _renewCalls;
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

    public string? OwnerOf(string key)
    {
        lock (_items)
        {
            return _items[key].Owner;
        }
    }

    /// <summary>How many times <see cref="RenewAsync"/> was called.</summary>
    public int RenewCalls => Volatile.Read(ref _renewCalls);

    public Task<bool> TryAddAsync(string key, string kind, string payload, string owner, DateTimeOffset leasedUntil, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            return Task.FromResult(_items.TryAdd(key, new Entry(new InboxItem(key, kind, payload, null, 1), leasedUntil, owner, _order++)));
        }
    }

    public Task<IReadOnlyList<InboxItem>> LeaseAsync(string owner, DateTimeOffset now, DateTimeOffset leasedUntil, int max, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _leaseCalls);
        lock (_items)
        {
            var due = _items.Values.Where(v => v.LeasedUntil <= now).OrderBy(v => v.LeasedUntil).ThenBy(v => v.Order).Take(max).ToList();
            var leased = new List<InboxItem>();
            foreach (var entry in due)
            {
                var next = entry.Item with { Attempts = entry.Item.Attempts + 1 };
                _items[next.Key] = entry with { Item = next, LeasedUntil = leasedUntil, Owner = owner };
                leased.Add(next);
            }

            return Task.FromResult<IReadOnlyList<InboxItem>>(leased);
        }
    }

    public Task<int> RenewAsync(string owner, IReadOnlyCollection<string> keys, DateTimeOffset leasedUntil, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _renewCalls);
        lock (_items)
        {
            var renewed = 0;
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var entry) && entry.Owner == owner)
                {
                    _items[key] = entry with { LeasedUntil = leasedUntil };
                    renewed++;
                }
            }

            return Task.FromResult(renewed);
        }
    }

    public Task<IReadOnlyList<string>> OwnersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            return Task.FromResult<IReadOnlyList<string>>([.. _items.Values.Where(v => v.LeasedUntil > now && v.Owner is not null).Select(v => v.Owner!).Distinct()]);
        }
    }

    public Task<int> ReleaseOwnerAsync(string owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            var held = _items.Values.Where(v => v.Owner == owner && v.LeasedUntil > now).ToList();
            held.ForEach(v => _items[v.Item.Key] = v with { LeasedUntil = now, Owner = null });
            return Task.FromResult(held.Count);
        }
    }

    public Task SaveProgressAsync(string key, string progress, CancellationToken cancellationToken) =>
        Update(key, v => v with { Item = v.Item with { Progress = progress } });

    public Task ReleaseAsync(string key, string owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        Update(key, v => v.Owner == owner ? v with { LeasedUntil = now, Owner = null } : v);

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

    private Task Update(string key, Func<Entry, Entry> change)
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

    private sealed record Entry(InboxItem Item, DateTimeOffset LeasedUntil, string? Owner, long Order);
}
