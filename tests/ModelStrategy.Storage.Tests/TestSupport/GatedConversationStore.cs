using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Storage.Tests.TestSupport;

/// <summary>
/// Once armed, holds the next <c>parties</c> reads until all of them have read, so concurrent inputs are guaranteed
/// to start from the same version and race for the write. Other reads pass straight through.
/// </summary>
internal sealed class GatedConversationStore(IConversationStore inner, int parties) : IConversationStore
{
    private TaskCompletionSource? _gate;
    private int _reads;

    public async Task<ConversationRecord?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var record = await inner.GetAsync(key, cancellationToken);
        var gate = Volatile.Read(ref _gate);
        if (gate is null)
        {
            return record;
        }

        var arrival = Interlocked.Increment(ref _reads);
        if (arrival == parties)
        {
            Volatile.Write(ref _gate, null);
            gate.TrySetResult();
        }

        if (arrival <= parties)
        {
            await gate.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }

        return record;
    }

    public Task<long?> TrySaveAsync(string key, string payload, long expectedVersion, DateTimeOffset updatedAt, CancellationToken cancellationToken) =>
        inner.TrySaveAsync(key, payload, expectedVersion, updatedAt, cancellationToken);

    /// <summary>Gates the next <c>parties</c> reads.</summary>
    public void Arm()
    {
        Interlocked.Exchange(ref _reads, 0);
        Volatile.Write(ref _gate, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }
}
