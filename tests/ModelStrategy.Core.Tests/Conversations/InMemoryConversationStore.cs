using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Core.Tests.Conversations;

/// <summary>A versioned in-memory store with the same contract as the SQLite one.</summary>
internal sealed class InMemoryConversationStore : IConversationStore
{
    private readonly Dictionary<string, ConversationRecord> _rows = [];
    private readonly Lock _lock = new();

    public int Writes { get; private set; }

    public Task<ConversationRecord?> GetAsync(string key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_rows.GetValueOrDefault(key));
        }
    }

    public Task<long?> TrySaveAsync(string key, string payload, long expectedVersion, DateTimeOffset updatedAt, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var current = _rows.TryGetValue(key, out var row) ? row.Version : 0;
            if (current != expectedVersion)
            {
                return Task.FromResult<long?>(null);
            }

            _rows[key] = new ConversationRecord(payload, current + 1, updatedAt);
            Writes++;
            return Task.FromResult<long?>(current + 1);
        }
    }
}
