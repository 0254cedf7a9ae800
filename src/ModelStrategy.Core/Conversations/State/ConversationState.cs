namespace ModelStrategy.Core.Conversations.State;

/// <summary>Everything kept for one conversation: the dialog (if any), recent results and recent deliveries.</summary>
internal sealed record ConversationState
{
    public static ConversationState Empty { get; } = new();

    /// <summary>The open dialog: asking, showing a result or adjusting one; null when none is open.</summary>
    public DialogState? Dialog { get; init; }

    /// <summary>The recent recommendations here, newest first.</summary>
    public IReadOnlyList<HistoryEntry> History { get; init; } = [];

    /// <summary>Delivery ids already handled, newest last (bounded).</summary>
    public IReadOnlyList<string> RecentDeliveries { get; init; } = [];

    public bool HasSeen(string deliveryId) => RecentDeliveries.Contains(deliveryId, StringComparer.Ordinal);

    public ConversationState Remember(string deliveryId, int keep) =>
        this with { RecentDeliveries = [.. RecentDeliveries.Append(deliveryId).TakeLast(keep)] };

    public ConversationState AddHistory(HistoryEntry entry, int keep) =>
        this with { History = [.. History.Prepend(entry).Take(keep)] };
}
