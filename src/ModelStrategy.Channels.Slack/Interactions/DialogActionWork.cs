using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Work;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Channels.Slack.Interactions;

/// <summary>A click on a dialog card: the engine's input, where the card is, and the clicked message's ts (to update in place).</summary>
internal sealed record DialogActionWork(CardActionInput Input, SlackPlace Place, string MessageTs) : SlackWork
{
    public override string Partition => Input.Key.Value;

    public override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Handler<DialogActionHandler>(services).HandleAsync(this, cancellationToken);
}
