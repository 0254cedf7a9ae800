namespace ModelStrategy.Channels.Teams.Auth;

/// <summary>The outcome of authenticating one inbound request; <see cref="Reason"/> is safe to log (never the token).</summary>
internal sealed record AuthResult(bool Succeeded, string Reason)
{
    public static AuthResult Success(string reason) => new(true, reason);

    public static AuthResult Fail(string reason) => new(false, reason);
}
