using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>
/// The rendering seam: one neutral card → one Adaptive Card JSON object (<see cref="TeamsCardRenderer"/> wraps
/// Cards/AdaptiveCardRenderer; tests substitute it).
/// </summary>
internal interface IAdaptiveCardRenderer
{
    JsonObject Render(Card card);
}
