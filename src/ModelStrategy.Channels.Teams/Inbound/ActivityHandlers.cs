namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>
/// Which handler takes which activity type. Each is registered keyed by its types, and the endpoint resolves only the
/// one an activity needs (resolving all of them built three reply senders and their HTTP clients per request).
/// </summary>
internal static class ActivityHandlers
{
    public static IReadOnlyDictionary<string, Type> ByType { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [ActivityTypes.Message] = typeof(MessageActivityHandler),
        [ActivityTypes.Invoke] = typeof(InvokeActivityHandler),
        [ActivityTypes.ConversationUpdate] = typeof(WelcomeActivityHandler),
        [ActivityTypes.InstallationUpdate] = typeof(WelcomeActivityHandler),
    };
}
