using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ModelStrategy.Channels.Slack.Inbound;

/// <summary>
/// A request <see cref="SlackRequestFilter"/> let through: its raw body exactly as Slack signed it, and the workspace
/// it names (null when it names none: url_verification). Endpoints read it with <see cref="Of"/>.
/// </summary>
internal sealed record VerifiedSlackRequest(byte[] Body, string? TeamId)
{
    /// <summary>The verified request of <paramref name="context"/>; only endpoints behind the filter may ask.</summary>
    public static VerifiedSlackRequest Of(HttpContext context) => context.Features.GetRequiredFeature<VerifiedSlackRequest>();
}

/// <summary>Endpoint metadata: the content type Slack sends to this endpoint (JSON for events, a form for the others).</summary>
internal sealed record SlackContentType(string MediaType)
{
    public static readonly SlackContentType Json = new("application/json");

    public static readonly SlackContentType Form = new("application/x-www-form-urlencoded");
}
