namespace ModelStrategy.Core.Conversations;

/// <summary>
/// Whose dialog an input belongs to. In a personal chat the dialog belongs to the user; in a channel or group
/// thread it belongs to the thread, so anyone there may answer.
/// </summary>
public sealed record ConversationKey
{
    private ConversationKey(string value) => Value = value;

    /// <summary>The store key, e.g. "slack|T123|thread|C456|1700000000.000100".</summary>
    public string Value { get; }

    /// <summary>A personal (1:1) chat between the bot and one user.</summary>
    /// <param name="channel">"teams" or "slack".</param>
    /// <param name="tenant">The Teams tenant or Slack workspace.</param>
    /// <param name="userId">The user's stable id.</param>
    public static ConversationKey Personal(string channel, string tenant, string userId) =>
        new(Join(channel, tenant, "personal", userId, string.Empty));

    /// <summary>A thread in a channel or group chat: the dialog is shared by everyone in it.</summary>
    /// <param name="channel">"teams" or "slack".</param>
    /// <param name="tenant">The Teams tenant or Slack workspace.</param>
    /// <param name="conversationId">The channel or group conversation.</param>
    /// <param name="threadId">The thread (root message) inside it.</param>
    public static ConversationKey Thread(string channel, string tenant, string conversationId, string threadId) =>
        new(Join(channel, tenant, "thread", conversationId, threadId));

    /// <summary>The key whose <see cref="Value"/> is <paramref name="value"/> (as stored with a review reminder).</summary>
    internal static ConversationKey FromValue(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new(value);
    }

    /// <inheritdoc/>
    public override string ToString() => Value;

    private static string Join(string channel, string tenant, string scope, string id, string thread)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var key = $"{channel}|{tenant}|{scope}|{id}";
        return thread.Length == 0 ? key : key + "|" + thread;
    }
}
