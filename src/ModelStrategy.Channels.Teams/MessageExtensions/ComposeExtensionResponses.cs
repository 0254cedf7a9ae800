using System.Text.Json.Nodes;
using ModelStrategy.Channels.Teams.Inbound;

namespace ModelStrategy.Channels.Teams.MessageExtensions;

/// <summary>One card of a message extension's result: the Adaptive Card, and the title and line of its preview.</summary>
/// <param name="Card">The Adaptive Card (what is inserted or unfurled).</param>
/// <param name="Title">The preview's title (plain words of ours, never user text).</param>
/// <param name="Text">The preview's line (ours too).</param>
internal sealed record ResultCard(JsonNode Card, string Title, string Text);

/// <summary>
/// The bodies a message extension answers its invokes with (HTTP 200): a result list of cards for the compose box or a
/// link preview, each with the thumbnail preview Teams requires; an empty result (nothing to show); a dialog
/// (<c>task/continue</c>) with an Adaptive Card; or a plain text in place of the dialog (<c>task/message</c>).
/// </summary>
internal static class ComposeExtensionResponses
{
    public const string ThumbnailContentType = "application/vnd.microsoft.card.thumbnail";

    /// <summary>The cards as a result list; none is the answer that shows nothing (a link stays a plain link).</summary>
    public static InboundResult Result(IEnumerable<ResultCard> cards) => Body("composeExtension", new JsonObject
    {
        ["type"] = "result",
        ["attachmentLayout"] = "list",
        ["attachments"] = new JsonArray([.. cards.Select(c => (JsonNode)new JsonObject
        {
            ["contentType"] = ActivityTypes.AdaptiveCardContentType,
            ["content"] = c.Card,
            ["preview"] = new JsonObject
            {
                ["contentType"] = ThumbnailContentType,
                ["content"] = new JsonObject { ["title"] = c.Title, ["text"] = c.Text },
            },
        })]),
    });

    /// <summary>An empty result list.</summary>
    public static InboundResult Nothing() => Result([]);

    /// <summary>A plain text where a search's results would go.</summary>
    public static InboundResult Message(string text) => Body("composeExtension", new JsonObject { ["type"] = "message", ["text"] = text });

    /// <summary>A dialog showing <paramref name="card"/>.</summary>
    public static InboundResult Dialog(string title, JsonNode card) => Body("task", new JsonObject
    {
        ["type"] = "continue",
        ["value"] = new JsonObject
        {
            ["title"] = title,
            ["height"] = "medium",
            ["width"] = "medium",
            ["card"] = new JsonObject { ["contentType"] = ActivityTypes.AdaptiveCardContentType, ["content"] = card },
        },
    });

    /// <summary>A short text in place of the dialog.</summary>
    public static InboundResult DialogMessage(string text) => Body("task", new JsonObject { ["type"] = "message", ["value"] = text });

    private static InboundResult Body(string name, JsonObject value) => new(200, new JsonObject { [name] = value });
}
