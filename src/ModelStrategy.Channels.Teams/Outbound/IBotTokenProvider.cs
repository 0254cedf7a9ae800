namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>Outbound bearer tokens for the Bot Connector; null in development mode (no app id).</summary>
internal interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
