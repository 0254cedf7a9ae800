using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Channels.Slack.Inbound;

/// <summary>
/// Whose dialog a Slack input belongs to: a direct message (channel id "D…") belongs to the user; a channel thread
/// belongs to the thread, keyed by workspace, channel and the thread's root ts.
/// </summary>
internal static class SlackConversations
{
    public const string Channel = "slack";

    public static bool IsDirect(string channelId) => channelId.StartsWith('D');

    public static ConversationKey Key(string teamId, string channelId, string threadTs, string userId) => IsDirect(channelId)
        ? ConversationKey.Personal(Channel, teamId, userId)
        : ConversationKey.Thread(Channel, teamId, channelId, threadTs);
}
