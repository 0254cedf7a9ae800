using ModelStrategy.Core.ChannelSupport.Deliveries;

namespace ModelStrategy.Channels.Slack.Tests.TestSupport;

/// <summary>A delivery ledger in memory with the port's semantics (the SQLite one is tested in the storage tests).</summary>
internal sealed class InMemoryLedger : IDeliveryLedger
{
    private readonly Dictionary<string, DateTimeOffset> _expiries = [];

    public IReadOnlyCollection<string> Keys
    {
        get
        {
            lock (_expiries)
            {
                return [.. _expiries.Keys];
            }
        }
    }

    public Task<bool> TryRecordAsync(string deliveryKey, DateTimeOffset now, TimeSpan retention, CancellationToken cancellationToken)
    {
        lock (_expiries)
        {
            if (_expiries.TryGetValue(deliveryKey, out var expiry) && expiry > now)
            {
                return Task.FromResult(false);
            }

            _expiries[deliveryKey] = now + retention;
            return Task.FromResult(true);
        }
    }

    public Task ForgetAsync(string deliveryKey, CancellationToken cancellationToken)
    {
        lock (_expiries)
        {
            _expiries.Remove(deliveryKey);
        }

        return Task.CompletedTask;
    }
}
