using ModelStrategy.Channels.Slack.Work;

namespace ModelStrategy.Channels.Slack.Commands;

/// <summary>Open the modal: for a <c>/modelstrategy</c> with no text, the global shortcut or the Home tab's button.</summary>
/// <param name="TriggerId">The command's trigger_id (single use, valid about 3 s).</param>
/// <param name="PrivateMetadata">Where the result goes, handed back with the submission.</param>
/// <param name="ResponseUrl">The command's response_url, to say so when the form cannot open; null when there is none (a shortcut, the Home tab).</param>
internal sealed record OpenModalWork(string TriggerId, string PrivateMetadata, string? ResponseUrl) : SlackWork
{
    public override string Partition => TriggerId;

    public override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Handler<OpenModalHandler>(services).HandleAsync(this, cancellationToken);
}
