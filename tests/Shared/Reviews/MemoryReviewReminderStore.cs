using System.Collections.Concurrent;
using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Tests.Shared.Reviews;

/// <summary>Review reminders in memory, as a store keeps them (the limit per conversation included).</summary>
internal sealed class MemoryReviewReminderStore : IReviewReminderStore
{
    private readonly ConcurrentDictionary<string, ReviewReminder> _reminders = new();
    private readonly Dictionary<string, DateTimeOffset> _leases = [];

    public IReadOnlyList<ReviewReminder> All => [.. _reminders.Values.OrderBy(r => r.DueAt)];

    public Task<ReviewAdd> TryAddAsync(ReviewReminder reminder, int maxPerConversation, CancellationToken cancellationToken)
    {
        lock (_reminders)
        {
            return Task.FromResult(_reminders.ContainsKey(reminder.Id) ? ReviewAdd.Exists
                : _reminders.Values.Count(r => r.ConversationKey == reminder.ConversationKey) >= maxPerConversation ? ReviewAdd.Full
                : _reminders.TryAdd(reminder.Id, reminder) ? ReviewAdd.Added : ReviewAdd.Exists);
        }
    }

    public Task<IReadOnlyList<ReviewReminder>> ListAsync(string conversationKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReviewReminder>>([.. All.Where(r => r.ConversationKey == conversationKey)]);

    public Task<ReviewReminder?> CancelAsync(string conversationKey, string reminderId, CancellationToken cancellationToken) =>
        Task.FromResult(_reminders.TryGetValue(reminderId, out var r) && r.ConversationKey == conversationKey && _reminders.TryRemove(reminderId, out var removed) ? removed : null);

    public Task<IReadOnlyList<ReviewReminder>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leasedUntil, int max, CancellationToken cancellationToken)
    {
        lock (_reminders)
        {
            var due = _reminders.Values.Where(r => (_leases.TryGetValue(r.Id, out var until) ? until : r.DueAt) <= now).OrderBy(r => r.DueAt).Take(max).ToList();
            foreach (var reminder in due)
            {
                _leases[reminder.Id] = leasedUntil;
                _reminders[reminder.Id] = reminder with { Attempts = reminder.Attempts + 1 };
            }

            return Task.FromResult<IReadOnlyList<ReviewReminder>>([.. due.Select(r => _reminders[r.Id])]);
        }
    }

    public Task CompleteAsync(string reminderId, CancellationToken cancellationToken)
    {
        _reminders.TryRemove(reminderId, out _);
        return Task.CompletedTask;
    }
}
