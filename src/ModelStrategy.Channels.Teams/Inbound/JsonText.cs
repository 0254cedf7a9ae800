using System.Text.Json.Nodes;

namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>Tolerant reads from an activity's free-form JSON (entities, channelData): a missing step, or a value of
/// another JSON type than expected, is simply absent (an explicit cast would throw on it).</summary>
internal static class JsonText
{
    /// <summary>The string at <paramref name="path"/> (property names, outermost first), or null.</summary>
    public static string? At(JsonObject? node, params string[] path)
    {
        JsonNode? current = node;
        foreach (var name in path)
        {
            current = (current as JsonObject)?[name];
        }

        return current is JsonValue value && value.TryGetValue(out string? text) ? text : null;
    }
}
