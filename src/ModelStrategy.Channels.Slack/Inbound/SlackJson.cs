using System.Text.Json;
using ModelStrategy.Core.ChannelSupport.Json;

namespace ModelStrategy.Channels.Slack.Inbound;

/// <summary>Tolerant reads from Slack's JSON: a missing property or one of another type is simply absent.</summary>
internal static class SlackJson
{
    /// <summary>At most 64 levels; a duplicated property name is malformed.</summary>
    public static readonly JsonDocumentOptions ParseOptions = ReadableJson.Options(maxDepth: 64);

    /// <summary>The string at <paramref name="path"/> (property names, outermost first), or null.</summary>
    public static string? String(this JsonElement element, params string[] path) =>
        element.At(path) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>True only when the value at <paramref name="path"/> is the JSON literal true.</summary>
    public static bool IsTrue(this JsonElement element, params string[] path) =>
        element.At(path) is { ValueKind: JsonValueKind.True };

    /// <summary>The element at <paramref name="path"/>, or null when any step is missing or not an object.</summary>
    public static JsonElement? At(this JsonElement element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>Parses a JSON object; null when the bytes are not one, or hold a name or string that is not readable
    /// text (invalid UTF-8, an unpaired surrogate escape), which every later read would throw on.</summary>
    public static JsonDocument? ParseObject(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            var document = JsonDocument.Parse(bytes, ParseOptions);
            if (document.RootElement.ValueKind == JsonValueKind.Object && ReadableJson.IsReadable(document.RootElement))
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Parses the JSON object in the <c>payload</c> field of an interaction's form body (slack.md §4); null when there
    /// is no such field or it is not a readable JSON object.
    /// </summary>
    public static JsonDocument? ParseInteraction(byte[] formBody) =>
        FormBody.Parse(formBody).Value("payload") is { } payload ? ParseObject(System.Text.Encoding.UTF8.GetBytes(payload)) : null;
}
