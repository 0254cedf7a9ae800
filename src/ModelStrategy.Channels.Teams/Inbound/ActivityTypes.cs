namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>The activity types and names this bot acts on (compared ordinally).</summary>
internal static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string QueryLink = "composeExtension/queryLink";
    public const string AnonymousQueryLink = "composeExtension/anonymousQueryLink";
    public const string FetchTask = "composeExtension/fetchTask";
    public const string SubmitAction = "composeExtension/submitAction";
    public const string Query = "composeExtension/query";
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
    public const string MessageContentType = "application/vnd.microsoft.activity.message";
}
