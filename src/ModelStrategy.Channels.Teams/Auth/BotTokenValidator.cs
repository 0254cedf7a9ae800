using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using ModelStrategy.Channels.Teams.Inbound;
using static ModelStrategy.Channels.Teams.Auth.BotFrameworkAuthConstants;

namespace ModelStrategy.Channels.Teams.Auth;

/// <summary>
/// Validates Bot Connector tokens with Microsoft.IdentityModel: issuer pre-check, signature against the OpenID
/// document's keys (refreshed on an unknown kid), lifetime with 5 minutes of skew, audience = app id, then the
/// serviceurl claim and the signing key's endorsements.
/// </summary>
internal sealed class BotTokenValidator : IBotTokenValidator
{
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly string _appId;

    public BotTokenValidator(IOptions<TeamsOptions> options, IHttpClientFactory httpClientFactory)
    {
        _appId = options.Value.AppId;
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(MetadataClientName)) { RequireHttps = true };
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(options.Value.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever);
    }

    public async Task<AuthResult> ValidateAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        if (!HasBotFrameworkIssuer(token))
        {
            return AuthResult.Fail("token issuer is not Bot Framework");
        }

        OpenIdConnectConfiguration config;
        TokenValidationResult result;
        try
        {
            config = await _metadata.GetConfigurationAsync(cancellationToken);
            result = await _handler.ValidateTokenAsync(token, Parameters(config));
            if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                _metadata.RequestRefresh();
                config = await _metadata.GetConfigurationAsync(cancellationToken);
                result = await _handler.ValidateTokenAsync(token, Parameters(config));
            }
        }
        catch (InvalidOperationException)
        {
            return AuthResult.Fail("OpenID metadata unavailable");
        }

        if (!result.IsValid)
        {
            return AuthResult.Fail($"token rejected ({result.Exception?.GetType().Name ?? "invalid"})");
        }

        var serviceUrl = result.ClaimsIdentity.FindFirst(ServiceUrlClaim)?.Value;
        if (serviceUrl is null || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthResult.Fail("serviceurl claim missing or does not match the activity");
        }

        var kid = (result.SecurityToken as JsonWebToken)?.Kid;
        return Endorsements.Contains(config, kid, activity.ChannelId)
            ? AuthResult.Success("Bot Framework token")
            : AuthResult.Fail("signing key does not endorse the channel");
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration config) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = _appId,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        ValidAlgorithms = Algorithms,
        IssuerSigningKeys = config.SigningKeys,
    };

    private bool HasBotFrameworkIssuer(string token)
    {
        if (!_handler.CanReadToken(token))
        {
            return false;
        }

        try
        {
            return string.Equals(_handler.ReadJsonWebToken(token).Issuer, Issuer, StringComparison.Ordinal);
        }
        catch (ArgumentException)
        {
            // SecurityTokenMalformedException derives from ArgumentException.
            return false;
        }
    }
}
