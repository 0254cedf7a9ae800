using System.Text.Json.Nodes;
using NJsonSchema;

namespace ModelStrategy.Channels.Teams.Tests.Cards;

/// <summary>The official Adaptive Card 1.5 schema, with Teams' root <c>msteams</c> property as the one allowed extension.</summary>
internal static class AdaptiveCardSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFileAsync(SharedSchemas.AdaptiveCard).GetAwaiter().GetResult());

    /// <summary>The schema errors of the card once its root <c>msteams</c> is removed.</summary>
    public static IReadOnlyList<string> Errors(JsonObject card)
    {
        var copy = card.DeepClone().AsObject();
        copy.Remove("msteams");
        return [.. Schema.Value.Validate(copy.ToJsonString()).Select(e => e.ToString())];
    }
}
