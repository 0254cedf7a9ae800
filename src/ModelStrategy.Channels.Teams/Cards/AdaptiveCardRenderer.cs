using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Reports;
using N = ModelStrategy.Channels.Teams.Cards.AdaptiveNames;

namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>
/// Renders the channel-neutral cards as Adaptive Cards 1.5 for Teams, written in one pass from the card model to UTF-8
/// JSON (no JSON tree in between: why Teams writes and Slack builds a tree, docs/PERFORMANCE.md "Card JSON: two
/// ways"). Buttons are Action.Execute (Universal Actions) whose data follows <see cref="ActionData"/>; report links
/// are absolute when a public base URL is known.
/// </summary>
/// <param name="links">Report links (Core's; none without a public base URL).</param>
internal sealed class AdaptiveCardRenderer(ReportLinks links)
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The largest card Teams takes reliably (bytes of serialized JSON).</summary>
    public const int MaxPayloadBytes = 28 * 1024;

    /// <summary>A per-thread buffer larger than this (one huge card) is not kept for the next card.</summary>
    private const int MaxKeptBuffer = 256 * 1024;

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private readonly ReportLinks _links = links;

    /// <summary>The card as Adaptive Card 1.5 UTF-8 JSON.</summary>
    public byte[] RenderUtf8(Card card)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        try
        {
            Write(writer, card);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            if (buffer.Capacity > MaxKeptBuffer)
            {
                t_buffer = null;
                t_writer = null;
            }
        }
    }

    /// <summary>
    /// The card as a JSON value for an activity or an invoke response: serialising the enclosing tree copies the
    /// rendered bytes as they are, so the card is written once and never parsed back.
    /// </summary>
    public JsonNode RenderNode(Card card) => RenderedJson.Node(RenderUtf8(card));

    /// <summary>The card as a JSON object tree, for callers that read or change it; sending uses <see cref="RenderNode"/>.</summary>
    public JsonObject Render(Card card) => JsonNode.Parse(RenderUtf8(card))!.AsObject();

    /// <summary>The card wrapped as an activity attachment (a tree, like <see cref="Render"/>).</summary>
    public JsonObject RenderAttachment(Card card) => new() { ["contentType"] = ContentType, ["content"] = Render(card) };

    /// <summary>The size Teams counts: the serialized UTF-8 JSON.</summary>
    public static int PayloadBytes(JsonNode card)
    {
        return Encoding.UTF8.GetByteCount(card.ToJsonString(JsonOptions));
    }

    /// <summary>
    /// Opens the root object every card shares and its body; the body's elements follow, then <see cref="EndBody"/>.
    /// <paramref name="version"/> is the schema version the card keeps to: 1.5, or 1.3 for a card that may be a link preview.
    /// </summary>
    public static void StartCard(Utf8JsonWriter w, ReadOnlySpan<char> fallbackText, string version = "1.5")
    {
        w.WriteStartObject();
        w.WriteString(N.Type, "AdaptiveCard");
        w.WriteString(N.Schema, "http://adaptivecards.io/schemas/adaptive-card.json");
        w.WriteString(N.Version, version);
        w.WritePropertyName(N.MsTeams);
        w.WriteStartObject();
        w.WriteString(N.Width, "Full");
        w.WriteEndObject();
        w.WriteString(N.FallbackText, fallbackText);
        w.WriteStartArray(N.Body);
    }

    /// <summary>Closes the body; the card's own actions may follow (<see cref="StartActions"/>), then <see cref="EndCard"/>.</summary>
    public static void EndBody(Utf8JsonWriter w) => w.WriteEndArray();

    /// <summary>Opens the card's action bar; close it with <see cref="EndActions"/>.</summary>
    public static void StartActions(Utf8JsonWriter w) => w.WriteStartArray(N.Actions);

    public static void EndActions(Utf8JsonWriter w) => w.WriteEndArray();

    public static void EndCard(Utf8JsonWriter w) => w.WriteEndObject();

    private void Write(Utf8JsonWriter w, Card card)
    {
        switch (card)
        {
            case QuestionCard question:
                QuestionCardRenderer.Write(w, question);
                break;
            case RecommendationCard recommendation:
                RecommendationCardRenderer.Write(w, recommendation, _links);
                break;
            case CompactRecommendationCard compact:
                CompactCardRenderer.Write(w, compact, _links);
                break;
            case ComparisonCard comparison:
                ListCardRenderer.Comparison(w, comparison, _links);
                break;
            case AssumptionsCard assumptions:
                ListCardRenderer.Assumptions(w, assumptions, _links);
                break;
            case ReviewCard review:
                ReviewCardRenderer.Write(w, review, _links);
                break;
            case HistoryCard history:
                ListCardRenderer.History(w, history, _links);
                break;
            case TextCard text:
                TextCardRenderer.Text(w, text);
                break;
            case ErrorCard error:
                TextCardRenderer.Error(w, error);
                break;
            default:
                TextCardRenderer.Text(w, TextCard.Of("Sorry, I can't show that here."));
                break;
        }
    }
}
