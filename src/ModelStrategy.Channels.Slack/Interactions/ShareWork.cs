using ModelStrategy.Channels.Slack.Work;

namespace ModelStrategy.Channels.Slack.Interactions;

/// <summary>Share a quick (ephemeral) result with the channel or thread it was asked in.</summary>
internal sealed record ShareWork(string RecommendationId, string ResponseUrl) : SlackWork
{
    public override string Partition => ResponseUrl;

    public override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Handler<ShareHandler>(services).HandleAsync(this, cancellationToken);
}
