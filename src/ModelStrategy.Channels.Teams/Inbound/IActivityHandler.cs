namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>Handles the activity types it names; the endpoint picks a handler by type.</summary>
internal interface IActivityHandler
{
    IReadOnlyList<string> Types { get; }

    Task<InboundResult> HandleAsync(Activity activity, CancellationToken cancellationToken);
}
