namespace ModelStrategy.Bot.Reports;

/// <summary>The host's public address (top-level <c>PublicBaseUrl</c>), used to make report links absolute.</summary>
internal sealed class PublicUrlOptions
{
    /// <summary>The configuration key (top level, no section).</summary>
    public const string Key = "PublicBaseUrl";

    /// <summary>e.g. "https://bot.example.com" or "http://localhost:3978"; empty leaves report links relative.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The base as an absolute http(s) URI, or null when none is configured.</summary>
    public Uri? BaseUri => Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) ? uri : null;
}
