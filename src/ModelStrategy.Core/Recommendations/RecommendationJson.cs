using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModelStrategy.Core.Recommendations;

/// <summary>The one JSON shape of recommendations and constraints: camelCase, enums by wire name.</summary>
public static class RecommendationJson
{
    /// <summary>Options shared by the HTTP API, the stores and the tests.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Applies the shared settings to an options instance (e.g. ASP.NET Core's).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.NumberHandling = JsonNumberHandling.Strict;
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
