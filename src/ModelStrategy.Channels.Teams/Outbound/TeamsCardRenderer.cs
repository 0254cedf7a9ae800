using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>Puts the Adaptive Card renderer (Cards/) behind the outbound seam, with the public base URL and the host's link tokens for report links.</summary>
internal sealed class TeamsCardRenderer(IOptions<TeamsCardOptions> options, ModelStrategy.Core.Reports.IReportLinkTokens? tokens = null) : IAdaptiveCardRenderer
{
    private readonly AdaptiveCardRenderer _renderer = new(
        Uri.TryCreate(options.Value.PublicBaseUrl, UriKind.Absolute, out var url) ? url : null, tokens);

    public JsonNode Render(Card card) => _renderer.RenderNode(card);
}

/// <summary>Rendering settings read from the host's top-level <c>PublicBaseUrl</c>.</summary>
internal sealed class TeamsCardOptions
{
    public string? PublicBaseUrl { get; set; }
}
