using ModelStrategy.Bot.Reports.Html;

namespace ModelStrategy.Bot.Reports;

/// <summary>The response headers of every report response: nothing runs, nothing loads, nothing leaks, nothing is indexed.</summary>
internal static class ReportHeaders
{
    /// <summary>No script, no external resource of any kind; only the report's own style sheet (by its hash).</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src {ReportStyles.CspHash}; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>A stored report never changes, so browsers may keep it; shared caches may not (the link is the only key).</summary>
    public const string Immutable = "private, max-age=31536000, immutable";

    public static void Apply(HttpResponse response, bool found)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.CacheControl = found ? Immutable : "no-store";
    }
}
