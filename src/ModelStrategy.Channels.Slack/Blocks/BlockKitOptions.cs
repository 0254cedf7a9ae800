namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>Rendering settings, read from the host's top-level <c>PublicBaseUrl</c> (the report links' base).</summary>
internal sealed class BlockKitOptions
{
    /// <summary>The host's public base URL; report buttons appear only when it is an absolute http(s) URL.</summary>
    public string? PublicBaseUrl { get; set; }
}
