using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>
/// Already rendered UTF-8 JSON carried inside a <see cref="JsonNode"/> tree (an activity's attachment, an invoke
/// response): serialising the tree, with any options, writes these bytes unchanged instead of a copy of a tree.
/// </summary>
[JsonConverter(typeof(RenderedJsonConverter))]
internal sealed class RenderedJson
{
    /// <summary>Resolved through the <see cref="JsonConverterAttribute"/> above, as any other options resolve it.</summary>
    private static readonly JsonTypeInfo<RenderedJson> TypeInfo =
        (JsonTypeInfo<RenderedJson>)JsonSerializerOptions.Default.GetTypeInfo(typeof(RenderedJson));

    private RenderedJson(byte[] utf8) => Utf8 = utf8;

    /// <summary>The JSON text, valid (written by a <see cref="Utf8JsonWriter"/>).</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>A JSON value that serialises as <paramref name="utf8"/>, which must be one valid JSON value.</summary>
    public static JsonNode Node(byte[] utf8) => JsonValue.Create(new RenderedJson(utf8), TypeInfo)!;

    /// <summary>Writes the bytes; reading one back is not supported (parse the JSON instead).</summary>
    internal sealed class RenderedJsonConverter : JsonConverter<RenderedJson>
    {
        public override RenderedJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Rendered JSON is written, never read; parse it as a JsonNode instead.");

        public override void Write(Utf8JsonWriter writer, RenderedJson value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Utf8.Span, skipInputValidation: true);
    }
}
