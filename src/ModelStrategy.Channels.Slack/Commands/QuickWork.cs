using ModelStrategy.Channels.Slack.Work;

namespace ModelStrategy.Channels.Slack.Commands;

/// <summary>Answer <c>/modelstrategy quick …</c> with a recommendation only the user (<paramref name="UserId"/>) sees.</summary>
internal sealed record QuickWork(string Text, string ResponseUrl, string? UserId = null) : SlackWork
{
    public override string Partition => ResponseUrl;

    public override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Handler<QuickHandler>(services).HandleAsync(this, cancellationToken);
}
