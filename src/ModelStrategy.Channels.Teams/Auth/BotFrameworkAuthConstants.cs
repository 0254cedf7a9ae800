namespace ModelStrategy.Channels.Teams.Auth;

/// <summary>Constants of the Bot Connector → bot token (teams.md §2.2).</summary>
internal static class BotFrameworkAuthConstants
{
    public const string Issuer = "https://api.botframework.com";
    public const string ServiceUrlClaim = "serviceurl";
    public const string EndorsementsKey = "endorsements";
    public const string MetadataClientName = "ModelStrategy.Teams.OpenId";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    public static readonly string[] Algorithms = ["RS256", "RS384", "RS512"];
}
