using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Work;

namespace ModelStrategy.Channels.Slack.RateLimiting;

/// <summary>
/// A "slow down" notice for a message or click that came in over its team's limit: posted at <see cref="Place"/>
/// (the message's channel or thread), or answered only to the user through <see cref="ResponseUrl"/> (a click).
/// Not kept in the inbox: a notice that cannot be sent is not worth retrying.
/// </summary>
internal sealed record RateLimitNoticeWork(string Text, SlackPlace? Place, string? ResponseUrl) : SlackWork
{
    public override string Partition => Place?.Channel ?? ResponseUrl ?? string.Empty;

    public override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Handler<RateLimitNoticeHandler>(services).HandleAsync(this, cancellationToken);
}
