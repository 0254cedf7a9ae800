namespace ModelStrategy.Bot.Access;

/// <summary>How a caller of the HTTP API was recognised.</summary>
internal enum ApiCallerKind
{
    /// <summary>A configured API key.</summary>
    Key,

    /// <summary>A Microsoft Entra access token for the bot's app registration; the name is the caller's tenant.</summary>
    Entra,

    /// <summary>No credential, from loopback, in development: what a developer's curl sends.</summary>
    AnonymousDevelopment,
}

/// <summary>An accepted caller of the HTTP API.</summary>
/// <param name="Kind">How it was recognised.</param>
/// <param name="Name">The key's name (for quotas and logs); "anonymous" for the development caller.</param>
/// <param name="PermitsPerMinute">Its sustained quota; null for the per-address API limits.</param>
/// <param name="Burst">Its burst; null for the per-address API limits.</param>
/// <param name="Teams">For a key, the teams whose outcomes it may export ("slack:T0123", "entra:…"); empty otherwise.</param>
internal sealed record ApiCaller(ApiCallerKind Kind, string Name, int? PermitsPerMinute = null, int? Burst = null, IReadOnlyList<string>? Teams = null)
{
    /// <summary>The developer's own calls on loopback, under the per-address limits.</summary>
    public static ApiCaller AnonymousDevelopment { get; } = new(ApiCallerKind.AnonymousDevelopment, "anonymous");
}
