using ModelStrategy.Channels.Teams.Inbound;

namespace ModelStrategy.Channels.Teams.Auth;

/// <summary>Validates a Bot Connector JWT against the activity it came with.</summary>
internal interface IBotTokenValidator
{
    Task<AuthResult> ValidateAsync(string token, Activity activity, CancellationToken cancellationToken);
}
