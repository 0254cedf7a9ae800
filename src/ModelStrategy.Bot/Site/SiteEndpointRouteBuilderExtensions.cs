namespace ModelStrategy.Bot.Site;

/// <summary>
/// Maps the three pages the Teams app manifest links to (developer website, privacy statement, terms of use), so an
/// installed app's links never end in a 404.
/// </summary>
internal static class SiteEndpointRouteBuilderExtensions
{
    /// <summary>The developer website (the manifest's <c>websiteUrl</c>: the public base URL itself).</summary>
    public const string HomeRoute = "/";

    /// <summary>The privacy statement (<c>privacyUrl</c>).</summary>
    public const string PrivacyRoute = "/privacy";

    /// <summary>The terms of use (<c>termsOfUseUrl</c>).</summary>
    public const string TermsRoute = "/terms";

    public static IEndpointRouteBuilder MapSitePages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(HomeRoute, (HttpContext context) => Page(context, SitePages.Home)).ExcludeFromDescription();
        endpoints.MapGet(PrivacyRoute, (HttpContext context) => Page(context, SitePages.Privacy)).ExcludeFromDescription();
        endpoints.MapGet(TermsRoute, (HttpContext context) => Page(context, SitePages.Terms)).ExcludeFromDescription();
        return endpoints;
    }

    private static IResult Page(HttpContext context, string html)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "public, max-age=3600";
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
