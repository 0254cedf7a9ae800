using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>
/// The rendering seam between the neutral card model and Slack: one card → one message body, and the
/// <c>/modelstrategy</c> modal. Everything returned is within Slack's documented Block Kit limits.
/// </summary>
internal interface IBlockKitRenderer
{
    /// <summary>One neutral card as a Slack message: the plain-text fallback and the blocks.</summary>
    /// <param name="card">The card to render.</param>
    SlackMessageContent Render(Card card);

    /// <summary>
    /// The modal view (the <c>view</c> object of views.open) asking every guided question as an input block.
    /// </summary>
    /// <param name="privateMetadata">Opaque text (≤ 3,000 characters) Slack hands back with view_submission.</param>
    JsonObject RenderModal(string privateMetadata);
}

/// <summary>A Slack message body: <c>text</c> is the notification and accessibility fallback, always non-empty.</summary>
/// <param name="Text">The plain-text fallback.</param>
/// <param name="Blocks">The Block Kit blocks.</param>
internal sealed record SlackMessageContent(string Text, JsonArray Blocks);
