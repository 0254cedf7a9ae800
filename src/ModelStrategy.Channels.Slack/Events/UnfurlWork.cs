using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Work;

namespace ModelStrategy.Channels.Slack.Events;

/// <summary>Links posted (or being typed) in a conversation: preview those that are this workspace's reports.</summary>
/// <param name="Target">Where the previews go.</param>
/// <param name="Urls">The links, exactly as Slack sent them (chat.unfurl is keyed by them).</param>
internal sealed record UnfurlWork(SlackUnfurlTarget Target, IReadOnlyList<string> Urls) : SlackWork
{
    public override string Partition => Target.Channel + "|" + Target.MessageTs;

    public override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Handler<UnfurlHandler>(services).HandleAsync(this, cancellationToken);
}
