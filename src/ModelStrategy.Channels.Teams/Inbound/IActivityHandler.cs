namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>Handles the activity types <see cref="ActivityHandlers.ByType"/> gives it; the endpoint picks a handler by type.</summary>
internal interface IActivityHandler
{
    Task<InboundResult> HandleAsync(Activity activity, CancellationToken cancellationToken);
}
