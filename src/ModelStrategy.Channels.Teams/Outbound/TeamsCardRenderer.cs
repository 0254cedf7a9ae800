using System.Text.Json.Nodes;
using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>Puts the Adaptive Card renderer (Cards/) behind the outbound seam, with the host's report links.</summary>
internal sealed class TeamsCardRenderer(ReportLinks links) : IAdaptiveCardRenderer
{
    private readonly AdaptiveCardRenderer _renderer = new(links);

    public JsonNode Render(Card card) => _renderer.RenderNode(card);
}
