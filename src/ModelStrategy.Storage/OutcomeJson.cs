using System.Text.Json;
using ModelStrategy.Core.Outcomes;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Storage;

/// <summary>The stored form of an outcome's two halves (the choice, the actuals): the shared JSON shape, each on its own.</summary>
internal static class OutcomeJson
{
    public static string Serialize(OutcomeChoice choice) => JsonSerializer.Serialize(choice, RecommendationJson.Options);

    public static string Serialize(OutcomeActuals actuals) => JsonSerializer.Serialize(actuals, RecommendationJson.Options);

    /// <summary>The outcome from its stored halves; a half that does not read (e.g. from an incompatible build) is left out.</summary>
    public static Outcome Read(string recommendationId, string? audience, string? choice, string? actuals) => new()
    {
        RecommendationId = recommendationId,
        Audience = Audience.Parse(audience),
        Choice = Half<OutcomeChoice>(choice),
        Actuals = Half<OutcomeActuals>(actuals),
    };

    private static T? Half<T>(string? json) where T : class
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, RecommendationJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
