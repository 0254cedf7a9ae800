using System.Text.Json.Nodes;
using NJsonSchema;

namespace ModelStrategy.Channels.Teams.Tests.Cards;

/// <summary>
/// The official Adaptive Card 1.5 schema, with Teams' root <c>msteams</c> property as the one allowed extension; and the
/// same schema cut down to an earlier version (<see cref="Errors(JsonObject, string)"/>) by the schema's own
/// <c>version</c> annotations, for cards that must keep to 1.3 (link previews).
/// </summary>
internal static class AdaptiveCardSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFileAsync(SharedSchemas.AdaptiveCard).GetAwaiter().GetResult());

    private static readonly Lazy<JsonSchema> Schema13 = new(() => JsonSchema.FromJsonAsync(Subset("1.3").ToJsonString()).GetAwaiter().GetResult());

    /// <summary>The schema errors of the card once its root <c>msteams</c> is removed.</summary>
    public static IReadOnlyList<string> Errors(JsonObject card) => Validate(Schema.Value, card);

    /// <summary>
    /// The errors of the card against the schema of <paramref name="version"/> (only "1.3" is derived), plus a
    /// <c>version</c> above it.
    /// </summary>
    public static IReadOnlyList<string> Errors(JsonObject card, string version)
    {
        Assert.Equal("1.3", version);
        var errors = Validate(Schema13.Value, card).ToList();
        if (card["version"] is not JsonValue v || !v.TryGetValue(out string? declared) || Newer(declared, version))
        {
            errors.Add($"version {card["version"]?.ToJsonString() ?? "missing"} is not {version} or earlier");
        }

        return errors;
    }

    private static List<string> Validate(JsonSchema schema, JsonObject card)
    {
        var copy = card.DeepClone().AsObject();
        copy.Remove("msteams");
        return [.. schema.Validate(copy.ToJsonString()).Select(e => e.ToString())];
    }

    /// <summary>
    /// The 1.5 schema without what came later than <paramref name="version"/>: definitions and properties annotated with a
    /// newer version are removed, with every reference to a removed definition and every same-named placeholder property of
    /// the definitions that inherit a removed property (the schema lists inherited properties as <c>{}</c>, which with
    /// <c>additionalProperties: false</c> would otherwise still let them through).
    /// </summary>
    public static JsonObject Subset(string version)
    {
        var schema = JsonNode.Parse(File.ReadAllText(SharedSchemas.AdaptiveCard))!.AsObject();
        var definitions = schema["definitions"]!.AsObject();
        var removedDefinitions = definitions.Where(d => Newer(d.Value!["version"], version)).Select(d => "#/definitions/" + d.Key).ToHashSet();
        foreach (var reference in removedDefinitions)
        {
            definitions.Remove(reference["#/definitions/".Length..]);
        }

        var removedProperties = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (name, definition) in definitions)
        {
            if (definition!["properties"] is JsonObject properties)
            {
                var newer = properties.Where(p => Newer(p.Value?["version"], version) || References(p.Value, removedDefinitions)).Select(p => p.Key).ToList();
                newer.ForEach(p => properties.Remove(p));
                removedProperties["#/definitions/" + name] = [.. newer];
            }
        }

        foreach (var (_, definition) in definitions)
        {
            if (definition!["properties"] is JsonObject properties && definition["allOf"] is JsonArray bases)
            {
                foreach (var inherited in bases.Select(b => (string?)b?["$ref"]).Where(r => r is not null && removedProperties.ContainsKey(r)))
                {
                    foreach (var property in removedProperties[inherited!])
                    {
                        properties.Remove(property);
                    }
                }
            }
        }

        Prune(schema, removedDefinitions);
        Assert.False(References(schema, removedDefinitions), "a reference to a removed definition is left");
        return schema;
    }

    /// <summary>Removes every anyOf/oneOf alternative that refers to a removed definition.</summary>
    private static void Prune(JsonNode? node, HashSet<string> removed)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in new[] { "anyOf", "oneOf" })
            {
                if (obj[key] is JsonArray alternatives)
                {
                    foreach (var gone in alternatives.Where(a => References(a, removed)).ToList())
                    {
                        alternatives.Remove(gone);
                    }
                }
            }

            foreach (var (_, child) in obj.ToList())
            {
                Prune(child, removed);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                Prune(child, removed);
            }
        }
    }

    private static bool References(JsonNode? node, HashSet<string> removed) => node switch
    {
        JsonObject obj => (obj["$ref"] is JsonValue r && removed.Contains((string)r!)) || obj.Any(p => References(p.Value, removed)),
        JsonArray array => array.Any(child => References(child, removed)),
        _ => false,
    };

    private static bool Newer(JsonNode? annotated, string version) =>
        annotated is JsonValue v && v.TryGetValue(out string? text) && Newer(text, version);

    private static bool Newer(string? declared, string version) => !Version.TryParse(declared, out var d) || d > Version.Parse(version);
}
