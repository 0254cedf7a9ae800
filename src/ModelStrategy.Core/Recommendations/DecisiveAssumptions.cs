using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Recommendations;

/// <summary>Which assumed constraints decide the answer: those whose nearest typical other value flips the path.</summary>
internal static class DecisiveAssumptions
{
    /// <summary>The most shown first on a card.</summary>
    public const int MaxShown = 3;

    /// <param name="flips">Every field's nearest flip, nearest first.</param>
    /// <param name="defaults">The fields that were not given, with the values assumed for them.</param>
    public static IReadOnlyList<DecisiveAssumption> From(IReadOnlyList<FlipCondition> flips, IReadOnlyList<DefaultedField> defaults)
    {
        var assumed = defaults.ToDictionary(d => d.Field, d => d.Value, StringComparer.Ordinal);
        var decisive = new List<DecisiveAssumption>();
        foreach (var flip in flips)
        {
            if (!assumed.TryGetValue(flip.Field, out var value) || flip.ToValue is not { } alternative)
            {
                continue;
            }

            var line = $"I assumed {AssumptionWords.Of(flip.Field, value)}; with {AssumptionWords.Of(flip.Field, alternative)} the recommendation would change to: {PathCatalog.Get(flip.NewPath).Name}.";
            decisive.Add(new DecisiveAssumption(flip.Field, value, alternative, flip.NewPath, line));
        }

        return decisive;
    }
}
