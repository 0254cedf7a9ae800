using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Bot.Reports.Access;

/// <summary>
/// ASP.NET Core's cookie and OpenID Connect handlers for report readers: Microsoft Entra ID with the bot's own app
/// registration (its <c>tid</c> claim is the reader's tenant) and Sign in with Slack (its
/// <c>https://slack.com/team_id</c> claim is the workspace), each registered only when its credentials are configured;
/// and JWT bearer validation of Entra access tokens for the API. The authorization code flow with PKCE, the response
/// in the query (so Lax cookies suffice), no tokens saved: the cookie keeps only platform, tenant or workspace and name.
/// </summary>
internal static class ReportSignIn
{
    public const string SignOutPath = "/signout";

    /// <summary>Where Microsoft sends a reader back after signing in (register it on the app registration).</summary>
    public const string EntraCallbackPath = "/signin-entra";

    /// <summary>Where Slack sends a reader back after signing in (the Slack app's redirect URL).</summary>
    public const string SlackCallbackPath = "/signin-slack";

    /// <summary>Slack's claim naming the workspace of the signed-in user.</summary>
    public const string SlackTeamClaim = "https://slack.com/team_id";

    public static void Add(IServiceCollection services, ReportAccessSettings settings, string? publicBaseUrl)
    {
        var authentication = services.AddAuthentication(ReportAccessSettings.CookieScheme)
            .AddCookie(ReportAccessSettings.CookieScheme, options =>
            {
                options.Cookie.Name = "ms-report-reader";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = false;
                // Report pages answer a missing or foreign sign-in themselves; the cookie handler never redirects.
                options.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
            });
        if (settings.Entra is { } entra)
        {
            authentication.AddOpenIdConnect(ReportAccessSettings.EntraScheme, options =>
                Configure(options, entra.Authority, entra.ClientId, entra.ClientSecret, EntraCallbackPath, publicBaseUrl, Audience.Entra, "tid", EntraIssuer.Of(entra.Authority)));
        }

        if (settings.Slack is { } slack)
        {
            authentication.AddOpenIdConnect(ReportAccessSettings.SlackScheme, options =>
                Configure(options, slack.Authority, slack.ClientId, slack.ClientSecret, SlackCallbackPath, publicBaseUrl, Audience.Slack, SlackTeamClaim, slack.Authority));
        }

        if (settings.ApiBearer is { } api)
        {
            authentication.AddJwtBearer(ReportAccessSettings.ApiBearerScheme, options =>
            {
                options.Authority = api.Authority;
                options.RequireHttpsMetadata = !IsLoopbackHttp(api.Authority);
                options.MapInboundClaims = false;
                options.TokenValidationParameters.ValidAudiences = [api.AppId, "api://" + api.AppId];
                options.TokenValidationParameters.ValidIssuer = EntraIssuer.Of(api.Authority);
                options.TokenValidationParameters.IssuerValidator = EntraIssuer.Validate;
            });
        }
    }

    /// <summary>Maps GET <see cref="SignOutPath"/>: forgets the reader's sign-in and goes to the home page.</summary>
    public static void MapSignOut(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(SignOutPath, async (HttpContext context) =>
        {
            await context.SignOutAsync(ReportAccessSettings.CookieScheme).ConfigureAwait(false);
            return Results.Redirect("/");
        }).ExcludeFromDescription();

    private static void Configure(OpenIdConnectOptions options, string authority, string clientId, string clientSecret, string callbackPath,
        string? publicBaseUrl, string platform, string organisationClaim, string issuer)
    {
        options.Authority = authority;
        options.ClientId = clientId;
        options.ClientSecret = clientSecret;
        options.ResponseType = "code";
        options.ResponseMode = "query";
        options.UsePkce = true;
        options.CallbackPath = callbackPath;
        options.SignInScheme = ReportAccessSettings.CookieScheme;
        options.Scope.Clear();
        options.Scope.Add("openid");
        options.Scope.Add("profile");
        options.MapInboundClaims = false;
        options.SaveTokens = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.RequireHttpsMetadata = !IsLoopbackHttp(authority);
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.NonceCookie.SameSite = SameSiteMode.Lax;
        options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.TokenValidationParameters.ValidIssuer = issuer;
        options.TokenValidationParameters.IssuerValidator = EntraIssuer.Validate;
        options.Events.OnRedirectToIdentityProvider = context =>
        {
            // The address the provider sends the reader back to is the bot's public one, not whatever Host was asked for.
            if (Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var publicBase))
            {
                context.ProtocolMessage.RedirectUri = publicBase.AbsoluteUri.TrimEnd('/') + callbackPath;
            }

            return Task.CompletedTask;
        };
        options.Events.OnTokenValidated = context =>
        {
            var organisation = context.Principal?.FindFirst(organisationClaim)?.Value;
            if (string.IsNullOrWhiteSpace(organisation))
            {
                context.Fail($"The sign-in did not name the {(platform == Audience.Entra ? "tenant" : "workspace")}.");
                return Task.CompletedTask;
            }

            context.Principal = ReportReader.Principal(platform, organisation, context.Principal!.FindFirst("name")?.Value);
            return Task.CompletedTask;
        };
    }

    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>Plain http is accepted for an authority on loopback only (a local provider in tests and development).</summary>
    private static bool IsLoopbackHttp(string authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)));
}
