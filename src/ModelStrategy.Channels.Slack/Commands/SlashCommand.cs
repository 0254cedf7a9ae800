using Microsoft.Extensions.Primitives;
using ModelStrategy.Channels.Slack.Inbound;

namespace ModelStrategy.Channels.Slack.Commands;

/// <summary>A slash command invocation (slack.md §3), with the fields this bot uses.</summary>
internal sealed record SlashCommand(
    string TeamId, string ChannelId, string UserId, string UserName, string Command, string Text, string ResponseUrl, string TriggerId)
{
    /// <summary>The command from its form fields; null when a field the bot needs is missing or an id is malformed.</summary>
    public static SlashCommand? Read(IReadOnlyDictionary<string, StringValues> form)
    {
        if (form.Value("team_id") is not { } team || form.Value("channel_id") is not { } channel || form.Value("user_id") is not { } user
            || form.Value("command") is not { } command || form.Value("response_url") is not { } responseUrl
            || form.Value("trigger_id") is not { } triggerId || !SlackIds.AreWellFormed(team, channel, user, triggerId))
        {
            return null;
        }

        return new SlashCommand(team, channel, user, form.Value("user_name") ?? user, command, form.Value("text")?.Trim() ?? string.Empty,
            responseUrl, triggerId);
    }
}
