using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>
/// The rendering seam: one neutral card → one Adaptive Card as a JSON value for an activity or invoke response
/// (<see cref="TeamsCardRenderer"/> wraps Cards/AdaptiveCardRenderer; tests substitute it).
/// </summary>
internal interface IAdaptiveCardRenderer
{
    /// <summary>The card, ready to go into an activity: serialising it writes the rendered JSON once.</summary>
    JsonNode Render(Card card);
}
