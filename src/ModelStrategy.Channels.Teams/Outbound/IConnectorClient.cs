using ModelStrategy.Channels.Teams.Inbound;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>The Bot Connector REST operations this bot uses (teams.md §3.2).</summary>
internal interface IConnectorClient
{
    /// <summary>POST v3/conversations/{id}/activities.</summary>
    Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>POST v3/conversations/{id}/activities/{replyToId}.</summary>
    Task<string?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    /// <summary>PUT v3/conversations/{id}/activities/{activityId}.</summary>
    Task<string?> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);
}
