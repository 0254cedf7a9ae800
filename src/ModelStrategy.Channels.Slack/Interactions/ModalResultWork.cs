using ModelStrategy.Channels.Slack.Work;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Channels.Slack.Interactions;

/// <summary>A valid modal submission: recommend from it and post the result where the command was run.</summary>
internal sealed record ModalResultWork(ProjectConstraints Constraints, string? Text, ModalOrigin Origin) : SlackWork
{
    public override string Partition => Origin.ChannelId;

    public override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Handler<ModalResultHandler>(services).HandleAsync(this, cancellationToken);
}
