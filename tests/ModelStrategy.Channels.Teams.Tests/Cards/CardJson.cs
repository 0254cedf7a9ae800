using ModelStrategy.Core.Reports;
using System.Text.Json.Nodes;
using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Teams.Tests.Cards;

/// <summary>Rendering and walking cards in tests.</summary>
internal static class CardJson
{
    public static readonly Uri BaseUrl = new("https://bot.example.com");

    public static JsonObject Render(Card card, Uri? baseUrl = null) => new AdaptiveCardRenderer(ReportLinks.Under((baseUrl ?? BaseUrl).AbsoluteUri)).Render(card);

    /// <summary>Every JSON object in the card, depth first (the card itself included).</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.Select(p => p.Value).SelectMany(Objects))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Objects))
                {
                    yield return child;
                }

                break;
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonNode card, string type) => Objects(card).Where(o => TypeOf(o) == type);

    /// <summary>Every action, fallbacks included.</summary>
    public static IEnumerable<JsonObject> Actions(JsonNode card) => Objects(card).Where(o => TypeOf(o)?.StartsWith("Action.", StringComparison.Ordinal) == true);

    public static IEnumerable<string> Texts(JsonNode card) => OfType(card, "TextBlock").Select(t => (string)t["text"]!);

    public static string? TypeOf(JsonObject obj) => obj["type"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static JsonObject ById(JsonNode card, string id) => Assert.Single(Objects(card), o => (string?)o["id"] == id);
}
