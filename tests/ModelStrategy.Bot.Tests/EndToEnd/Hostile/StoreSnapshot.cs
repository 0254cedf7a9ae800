using ModelStrategy.Bot.Tests.EndToEnd.Fuzz;

namespace ModelStrategy.Bot.Tests.EndToEnd.Hostile;

/// <summary>
/// Everything a request could change: the rows of every table (recommendations, conversations, handled deliveries,
/// inbox) and the calls the bot made outward (Slack Web API, response_urls and the Teams connector, all served by the
/// fake Slack on loopback). Two equal snapshots around a refused request prove it changed nothing.
/// </summary>
public sealed record StoreSnapshot(long Recommendations, long Conversations, long Deliveries, long Inbox, int OutboundCalls)
{
    /// <summary>The snapshot now; first asks /readyz, which starts the host and opens (creates) its store.</summary>
    public static async Task<StoreSnapshot> TakeAsync(FuzzBotFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var ready = await factory.SendAsync(new FuzzRequest("GET", "/readyz", null, []));
        Assert.Equal(200, ready.Status);
        var path = factory.SqlitePath;
        return new StoreSnapshot(
            StoreConsistency.Count(path, "recommendations"), StoreConsistency.Count(path, "conversations"),
            StoreConsistency.Count(path, "deliveries"), StoreConsistency.Count(path, "inbox"), factory.Slack.Calls.Count);
    }
}
