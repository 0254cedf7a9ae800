using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>
/// The rendering seam: one neutral card → one Adaptive Card JSON object. The real renderer (Cards/AdaptiveCardRenderer)
/// is wired behind this interface; <see cref="BasicAdaptiveCardRenderer"/> stands in until then.
/// </summary>
internal interface IAdaptiveCardRenderer
{
    JsonObject Render(Card card);
}
