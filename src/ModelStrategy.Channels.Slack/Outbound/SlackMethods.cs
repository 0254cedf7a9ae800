namespace ModelStrategy.Channels.Slack.Outbound;

/// <summary>The Web API methods the bot calls (slack.md §5.2) and whether a retry after an ambiguous failure is safe.</summary>
internal static class SlackMethods
{
    public const string PostMessage = "chat.postMessage";
    public const string PostEphemeral = "chat.postEphemeral";
    public const string Update = "chat.update";
    public const string OpenView = "views.open";
    public const string UpdateView = "views.update";
    public const string Unfurl = "chat.unfurl";
    public const string PublishView = "views.publish";
    public const string ResponseUrl = "response_url";

    /// <summary>
    /// Replacing a message, a view, a link's preview or the Home tab with the same content twice leaves the same result,
    /// so these may be retried when it is unclear whether the first attempt arrived. Posting (and views.open) may not:
    /// a retry could post twice.
    /// </summary>
    public static bool IsRetrySafe(string method) => method is Update or UpdateView or Unfurl or PublishView;
}
