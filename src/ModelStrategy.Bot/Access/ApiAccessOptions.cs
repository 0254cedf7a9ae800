using System.ComponentModel.DataAnnotations;

namespace ModelStrategy.Bot.Access;

/// <summary>Who may call the HTTP API ("Api" section): named keys, each with its own quota.</summary>
internal sealed class ApiAccessOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Api";

    /// <summary>The keys, e.g. <c>Api__Keys__0__Name=ci</c>, <c>Api__Keys__0__Sha256=…</c>.</summary>
    public List<ApiKeyOptions> Keys { get; set; } = [];
}

/// <summary>One API key: a name for logs and quotas, the SHA-256 of the key (never the key), and its quota.</summary>
internal sealed class ApiKeyOptions
{
    /// <summary>A name that identifies the caller in logs and metrics, e.g. "ci" or "planning-portal".</summary>
    [Required]
    public string Name { get; set; } = string.Empty;

    /// <summary>The key's SHA-256 as 64 hex digits: <c>printf %s "$KEY" | sha256sum</c>.</summary>
    [Required]
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>Requests this key may make per minute, sustained. Default 60.</summary>
    [Range(1, 100_000)]
    public int PermitsPerMinute { get; set; } = 60;

    /// <summary>Requests this key may make at once before the per-minute rate applies. Default 20.</summary>
    [Range(1, 100_000)]
    public int Burst { get; set; } = 20;

    /// <summary>
    /// The teams whose outcomes this key may export (GET /api/outcomes.csv), each "slack:&lt;workspace id&gt;" or
    /// "entra:&lt;tenant id&gt;", e.g. <c>Api__Keys__0__Teams__0=slack:T0123</c>. None by default.
    /// </summary>
    public List<string> Teams { get; set; } = [];
}
