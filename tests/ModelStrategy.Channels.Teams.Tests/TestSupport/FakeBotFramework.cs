using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ModelStrategy.Channels.Teams.Tests.TestSupport;

/// <summary>A local Bot Framework token issuer: RSA keys, an OpenID document and JWKS served by a fake handler.</summary>
internal sealed class FakeBotFramework : IDisposable
{
    public const string MetadataUrl = "https://login.test/v1/.well-known/openidconfiguration";
    public const string KeysUrl = "https://login.test/v1/.well-known/keys";
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _stranger = RSA.Create(2048);

    public FakeBotFramework(params string[] endorsements)
    {
        Endorsements = endorsements.Length == 0 ? ["msteams", "webchat"] : endorsements;
        Handler = new FakeHttpHandler((request, _) => request.RequestUri!.ToString() switch
        {
            MetadataUrl => FakeHttpHandler.Json($$"""{"issuer":"{{Issuer}}","jwks_uri":"{{KeysUrl}}","id_token_signing_alg_values_supported":["RS256"]}"""),
            KeysUrl => FakeHttpHandler.Json(Jwks()),
            _ => new HttpResponseMessage(System.Net.HttpStatusCode.NotFound),
        });
    }

    public string[] Endorsements { get; }

    public FakeHttpHandler Handler { get; }

    public string Token(
        string issuer = Issuer, string audience = AppId, string serviceUrl = ServiceUrl,
        TimeSpan? expiresIn = null, bool wrongKey = false, string kid = "key-1")
    {
        var now = DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(30));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            NotBefore = expires < now ? expires - TimeSpan.FromHours(1) : now.AddMinutes(-1),
            IssuedAt = expires < now ? expires - TimeSpan.FromHours(1) : now.AddMinutes(-1),
            Expires = expires,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(wrongKey ? _stranger : _key) { KeyId = kid }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public void Dispose()
    {
        _key.Dispose();
        _stranger.Dispose();
        Handler.Dispose();
    }

    private string Jwks()
    {
        var p = _key.ExportParameters(false);
        var key = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = "key-1",
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
            ["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode)e)]),
        };
        return new JsonObject { ["keys"] = new JsonArray(key) }.ToJsonString();
    }
}
