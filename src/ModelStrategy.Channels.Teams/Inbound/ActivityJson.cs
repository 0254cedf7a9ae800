using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>The wire format: camelCase, case-sensitive names, nulls omitted on output.</summary>
internal static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNameCaseInsensitive = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
