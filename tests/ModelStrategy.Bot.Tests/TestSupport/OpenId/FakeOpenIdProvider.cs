using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ModelStrategy.Tests.OpenId;

/// <summary>
/// A local OpenID Connect provider for tests, on a loopback port: the discovery document, its signing keys (JWKS), an
/// authorize endpoint and a token endpoint that redeems an authorization code (with PKCE) for an RS256-signed id_token.
/// It plays Microsoft Entra ID (a multi-tenant "organizations" authority whose tokens carry <c>tid</c> and the tenant's
/// own issuer) or Sign in with Slack (issuer = authority, claim <c>https://slack.com/team_id</c>). Who signs in is chosen
/// on its sign-in form (a browser fills it), or, for in-process tests, by <see cref="AutoSignIn"/>.
/// Shared by the in-process tests and the standalone host of the browser test (tests/e2e/report-signin).
/// </summary>
public sealed class FakeOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "fake-client-id";
    public const string ClientSecret = "fake-client-secret";
    public const string SlackTeamClaim = "https://slack.com/team_id";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "fake-key-1" };
    private readonly ConcurrentDictionary<string, Grant> _codes = new();
    private int _tokens;

    private FakeOpenIdProvider(WebApplication app, bool entra)
    {
        _app = app;
        IsEntra = entra;
    }

    /// <summary>True when it plays Microsoft Entra ID; false for Sign in with Slack.</summary>
    public bool IsEntra { get; }

    /// <summary>Where it listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The authority the bot is configured with.</summary>
    public string Authority => IsEntra ? BaseUri + "organizations/v2.0" : BaseUri.AbsoluteUri.TrimEnd('/');

    /// <summary>When set, the authorize endpoint signs this user in at once instead of showing its form.</summary>
    public (string Organisation, string Name)? AutoSignIn { get; set; }

    /// <summary>How many id_tokens the token endpoint has issued.</summary>
    public int TokensIssued => Volatile.Read(ref _tokens);

    /// <param name="entra">Play Microsoft Entra ID (else Sign in with Slack).</param>
    /// <param name="port">The loopback port; 0 picks a free one.</param>
    /// <param name="accessTokensOverHttp">Also answer GET /test/access-token?tenant=…&amp;audience=… with an access token (the browser test's script asks for one).</param>
    public static async Task<FakeOpenIdProvider> StartAsync(bool entra, int port = 0, bool accessTokensOverHttp = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new FakeOpenIdProvider(app, entra);
        app.MapGet("/{**path}", provider.GetAsync);
        app.MapPost("/token", provider.TokenAsync);
        if (accessTokensOverHttp)
        {
            app.MapGet("/test/access-token", (string tenant, string audience) => provider.AccessToken(tenant, audience));
        }

        await app.StartAsync();
        provider.BaseUri = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return provider;
    }

    /// <summary>An access token for the API as Entra would issue it to a client of <paramref name="tenant"/> for <paramref name="audience"/>.</summary>
    public string AccessToken(string tenant, string audience, TimeSpan? lifetime = null) => Sign(new Dictionary<string, object>
    {
        ["tid"] = tenant, ["sub"] = "client-" + tenant, ["azp"] = "a-client-app", ["ver"] = "2.0",
    }, IssuerFor(tenant), audience, lifetime ?? TimeSpan.FromHours(1));

    /// <summary>Completes when the process is asked to stop (Ctrl+C, SIGTERM).</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private string IssuerFor(string organisation) => IsEntra ? BaseUri + organisation + "/v2.0" : Authority;

    private async Task GetAsync(HttpContext context, string path)
    {
        var response = context.Response;
        if (("/" + path).TrimEnd('/') == new Uri(Authority + "/.well-known/openid-configuration").AbsolutePath)
        {
            await response.WriteAsJsonAsync(new Dictionary<string, object>
            {
                ["issuer"] = IsEntra ? BaseUri + "{tenantid}/v2.0" : Authority,
                ["authorization_endpoint"] = BaseUri + "authorize",
                ["token_endpoint"] = BaseUri + "token",
                ["jwks_uri"] = BaseUri + "keys",
                ["response_types_supported"] = new[] { "code" },
                ["response_modes_supported"] = new[] { "query" },
                ["subject_types_supported"] = new[] { "public" },
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["scopes_supported"] = new[] { "openid", "profile" },
                ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
                ["code_challenge_methods_supported"] = new[] { "S256" },
            });
        }
        else if (path == "keys")
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.Rsa.ExportParameters(false)) { KeyId = _key.KeyId });
            await response.WriteAsJsonAsync(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, alg = "RS256", n = jwk.N, e = jwk.E } } });
        }
        else if (path == "authorize")
        {
            await AuthorizeAsync(context);
        }
        else
        {
            response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private async Task AuthorizeAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || string.IsNullOrEmpty(query["redirect_uri"])
            || (query["code_challenge"].Count > 0 && query["code_challenge_method"] != "S256"))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("invalid authorization request");
            return;
        }

        var who = query["org"] is { Count: 1 } org && !string.IsNullOrWhiteSpace(org) ? (org.ToString(), query["name"].ToString()) : AutoSignIn;
        if (who is not { } user)
        {
            await SignInFormAsync(context);
            return;
        }

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = new Grant(query["redirect_uri"]!, query["nonce"], query["code_challenge"], user.Item1, user.Item2);
        var back = query["redirect_uri"] + (query["redirect_uri"].ToString().Contains('?', StringComparison.Ordinal) ? "&" : "?")
            + "code=" + code + "&state=" + Uri.EscapeDataString(query["state"].ToString());
        context.Response.Redirect(back);
    }

    private async Task SignInFormAsync(HttpContext context)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>Fake sign-in</title></head><body><h1>Sign in to the fake ")
            .Append(IsEntra ? "Microsoft" : "Slack").Append("</h1><form method=\"get\" action=\"/authorize\">");
        foreach (var (name, value) in context.Request.Query)
        {
            html.Append("<input type=\"hidden\" name=\"").Append(HtmlEncoder.Default.Encode(name)).Append("\" value=\"")
                .Append(HtmlEncoder.Default.Encode(value.ToString())).Append("\"/>");
        }

        html.Append("<label>").Append(IsEntra ? "Tenant" : "Workspace").Append(" <input id=\"org\" name=\"org\"/></label>")
            .Append("<label>Name <input id=\"name\" name=\"name\"/></label><button id=\"signin\" type=\"submit\">Sign in</button></form></body></html>");
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html.ToString());
    }

    private async Task TokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var (clientId, clientSecret) = ClientCredentials(context.Request, form);
        if (clientId != ClientId || clientSecret != ClientSecret)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new { error = "invalid_client" });
            return;
        }

        if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var grant)
            || grant.RedirectUri != form["redirect_uri"] || !PkceHolds(grant.Challenge, form["code_verifier"]))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new { error = "invalid_grant" });
            return;
        }

        var claims = new Dictionary<string, object> { ["sub"] = grant.Organisation + "/" + grant.Name, ["name"] = grant.Name };
        claims[IsEntra ? "tid" : SlackTeamClaim] = grant.Organisation;
        if (grant.Nonce is { Length: > 0 } nonce)
        {
            claims["nonce"] = nonce;
        }

        Interlocked.Increment(ref _tokens);
        await context.Response.WriteAsJsonAsync(new Dictionary<string, object>
        {
            ["access_token"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["id_token"] = Sign(claims, IssuerFor(grant.Organisation), ClientId, TimeSpan.FromMinutes(5)),
        });
    }

    private string Sign(Dictionary<string, object> claims, string issuer, string audience, TimeSpan lifetime) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow.AddSeconds(-5),
            Expires = DateTime.UtcNow + lifetime,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });

    private static (string? Id, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':', 2);
            return (WebUtility.UrlDecode(pair[0]), pair.Length > 1 ? WebUtility.UrlDecode(pair[1]) : null);
        }

        return (form["client_id"], form["client_secret"]);
    }

    private static bool PkceHolds(string? challenge, string? verifier) =>
        string.IsNullOrEmpty(challenge)
        || (verifier is { Length: > 0 } && Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) == challenge);

    private sealed record Grant(string RedirectUri, string? Nonce, string? Challenge, string Organisation, string Name);
}
