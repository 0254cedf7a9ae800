using ModelStrategy.Channels.Teams.MessageExtensions;

namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>
/// Which handler answers which invoke (the activity's <c>name</c>). Each is registered keyed by its names, and
/// <see cref="InvokeActivityHandler"/> resolves only the one an invoke needs, as the endpoint does for activity types
/// (<see cref="ActivityHandlers"/>).
/// </summary>
internal static class InvokeHandlers
{
    public static IReadOnlyDictionary<string, Type> ByName { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [ActivityTypes.AdaptiveCardAction] = typeof(CardActionInvokeHandler),
        [ActivityTypes.QueryLink] = typeof(LinkUnfurlHandler),
        [ActivityTypes.AnonymousQueryLink] = typeof(LinkUnfurlHandler),
        [ActivityTypes.FetchTask] = typeof(TriageMessageHandler),
        [ActivityTypes.SubmitAction] = typeof(TriageMessageHandler),
        [ActivityTypes.Query] = typeof(RecentRecommendationsHandler),
    };
}
