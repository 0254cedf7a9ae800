using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Work;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Channels.Slack.Events;

/// <summary>A typed message for the dialog (a mention in a channel or a direct message) and where the answer goes.</summary>
internal sealed record DialogMessageWork(TextMessageInput Input, SlackPlace Place) : SlackWork
{
    public override string Partition => Input.Key.Value;

    public override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Handler<DialogMessageHandler>(services).HandleAsync(this, cancellationToken);
}
