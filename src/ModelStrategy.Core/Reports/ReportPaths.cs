namespace ModelStrategy.Core.Reports;

/// <summary>Where a stored recommendation's full report lives, relative to the host's public base URL.</summary>
public static class ReportPaths
{
    /// <summary>The prefix of every report address.</summary>
    public const string Prefix = "/r/";

    /// <summary>What turns a report's address into its Markdown version's.</summary>
    public const string MarkdownSuffix = ".md";

    /// <summary>The HTML report of a recommendation, e.g. "/r/abc…".</summary>
    public static string Page(string recommendationId) => Prefix + recommendationId;

    /// <summary>The same report as Markdown, e.g. "/r/abc….md".</summary>
    public static string Markdown(string recommendationId) => Page(recommendationId) + MarkdownSuffix;

    /// <summary>The recommendation id in a report path ("/r/abc…" or "/r/abc….md"); null for any other path.</summary>
    public static string? IdOf(string? path)
    {
        if (path is null || !path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var id = path[Prefix.Length..];
        id = id.EndsWith(MarkdownSuffix, StringComparison.Ordinal) ? id[..^MarkdownSuffix.Length] : id;
        return id.Length > 0 && !id.Contains('/', StringComparison.Ordinal) && !id.Contains('?', StringComparison.Ordinal) ? id : null;
    }

    /// <summary>
    /// The recommendation id of a report's absolute address under <paramref name="baseUrl"/> (the host's public base URL),
    /// e.g. "https://bot.example.com/r/abc…", its ".md" form, with or without a query or fragment; null for any other
    /// address, another host, scheme or port, or without a base URL.
    /// </summary>
    /// <param name="url">An address, e.g. a link pasted in a chat.</param>
    /// <param name="baseUrl">The host's public base URL.</param>
    public static string? IdOfUrl(string? url, Uri? baseUrl)
    {
        if (baseUrl is not { IsAbsoluteUri: true } || !Uri.TryCreate(url, UriKind.Absolute, out var address)
            || address.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(address.UserInfo)
            || Uri.Compare(address, baseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return null;
        }

        var prefix = baseUrl.AbsolutePath.TrimEnd('/');
        var path = address.AbsolutePath;
        return path.StartsWith(prefix + Prefix, StringComparison.Ordinal) ? IdOf(path[prefix.Length..]) : null;
    }
}
