using ModelStrategy.Bot.Reports.Html;

namespace ModelStrategy.Bot.Reports;

/// <summary>The response headers of every report response: nothing runs, nothing loads, nothing leaks, nothing is indexed.</summary>
internal static class ReportHeaders
{
    /// <summary>No script, no external resource of any kind; only the report's own style sheet (by its hash).</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src {ReportStyles.CspHash}; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Every report response, found or not: kept by no cache, the browser's included, so a report is not read again from
    /// a shared machine's cache or after its link expired.
    /// </summary>
    public const string NoStore = "no-store";

    public static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.CacheControl = NoStore;
    }
}
