using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>
/// Client-credential tokens from MSAL (cached by MSAL): the botframework.com authority for MultiTenant, the app's
/// tenant for SingleTenant, the managed identity for UserAssignedMSI. No token at all without an app id (loopback development).
/// </summary>
internal sealed class MsalBotTokenProvider(IOptions<TeamsOptions> options) : IBotTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";
    private const string Resource = "https://api.botframework.com";
    private readonly Lazy<IConfidentialClientApplication> _confidential = new(() => Confidential(options.Value));
    private readonly Lazy<IManagedIdentityApplication> _managed = new(() => ManagedIdentityApplicationBuilder
        .Create(ManagedIdentityId.WithUserAssignedClientId(options.Value.AppId)).Build());

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.HasAppId)
        {
            return null;
        }

        if (settings.AppType == TeamsAppType.UserAssignedMSI)
        {
            var mi = await _managed.Value.AcquireTokenForManagedIdentity(Resource).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken);
            return mi.AccessToken;
        }

        var result = await _confidential.Value.AcquireTokenForClient([Scope]).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    internal static string Authority(TeamsOptions settings) => settings.AppType == TeamsAppType.SingleTenant
        ? $"https://login.microsoftonline.com/{settings.TenantId}"
        : "https://login.microsoftonline.com/botframework.com";

    private static IConfidentialClientApplication Confidential(TeamsOptions settings) => ConfidentialClientApplicationBuilder
        .Create(settings.AppId)
        .WithAuthority(Authority(settings))
        .WithClientSecret(settings.AppPassword)
        .Build();
}
