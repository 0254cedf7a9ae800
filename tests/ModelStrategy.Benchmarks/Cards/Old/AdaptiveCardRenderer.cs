using ModelStrategy.Channels.Teams.Cards;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Benchmarks.Cards.Old;

/// <summary>
/// Renders the channel-neutral cards as Adaptive Cards 1.5 for Teams. Buttons are Action.Execute (Universal Actions)
/// whose data follows <see cref="ActionData"/>; report links are absolute when a public base URL is known.
/// </summary>
/// <param name="publicBaseUrl">Where the full reports are served (the host's public URL); null leaves report links out.</param>
internal sealed class AdaptiveCardRenderer(Uri? publicBaseUrl)
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The largest card Teams takes reliably (bytes of serialized JSON).</summary>
    public const int MaxPayloadBytes = 28 * 1024;

    /// <summary>The card as an Adaptive Card 1.5 JSON object.</summary>
    public JsonObject Render(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var links = new ReportLinks(publicBaseUrl);
        return card switch
        {
            QuestionCard question => QuestionCardRenderer.Render(question),
            RecommendationCard recommendation => RecommendationCardRenderer.Render(recommendation, links),
            ComparisonCard comparison => ListCardRenderer.Comparison(comparison, links),
            AssumptionsCard assumptions => ListCardRenderer.Assumptions(assumptions, links),
            HistoryCard history => ListCardRenderer.History(history, links),
            TextCard text => TextCardRenderer.Text(text),
            ErrorCard error => TextCardRenderer.Error(error),
            _ => TextCardRenderer.Text(TextCard.Of("Sorry, I can't show that here.")),
        };
    }

    /// <summary>The card wrapped as an activity attachment.</summary>
    public JsonObject RenderAttachment(Card card) => new() { ["contentType"] = ContentType, ["content"] = Render(card) };

    /// <summary>The size Teams counts: the serialized UTF-8 JSON.</summary>
    public static int PayloadBytes(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return Encoding.UTF8.GetByteCount(card.ToJsonString(JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The root object every card shares.</summary>
    public static JsonObject Root(string fallbackText, IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null)
    {
        var root = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["fallbackText"] = fallbackText,
            ["body"] = new JsonArray([.. body]),
        };
        var list = actions?.ToList() ?? [];
        if (list.Count > 0)
        {
            root["actions"] = new JsonArray([.. list]);
        }

        return root;
    }
}
