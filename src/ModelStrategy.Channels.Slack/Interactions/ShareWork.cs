using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Inbound;
using ModelStrategy.Channels.Slack.Work;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Slack.Interactions;

/// <summary>
/// Share a quick (ephemeral) result with the channel or thread it was asked in: in <paramref name="ThreadTs"/> of
/// <paramref name="ChannelId"/> when the result was given in a thread, else through <paramref name="ResponseUrl"/>.
/// </summary>
internal sealed record ShareWork(string RecommendationId, string ResponseUrl, string? ChannelId = null, string? ThreadTs = null) : SlackWork
{
    /// <summary>The Share button's value naming the thread the result is shared in.</summary>
    public const string ThreadKey = "thread";

    public override string Partition => ResponseUrl;

    public override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Handler<ShareHandler>(services).HandleAsync(this, cancellationToken);

    /// <summary>Share for a result given in a thread: it is posted in that thread.</summary>
    public static CardAction InThread(string recommendationId, string threadTs)
    {
        var share = RecommendationCards.Share(recommendationId);
        return share with { Values = new Dictionary<string, string>(share.Values, StringComparer.Ordinal) { [ThreadKey] = threadTs } };
    }

    /// <summary>The thread a Share click names (its button's, else the ephemeral message's); null when none is well formed.</summary>
    public static string? Thread(SlackCardAction action, string? containerThread) =>
        action.Values.TryGetValue(ThreadKey, out var thread) && SlackIds.IsWellFormed(thread) ? thread
        : SlackIds.IsWellFormed(containerThread) ? containerThread : null;
}
