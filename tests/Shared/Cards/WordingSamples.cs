using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Tests.Shared.Cards;

/// <summary>
/// Result cards across the ladder (light to heavy paths, published ranges that agree and that do not), for wording
/// checks on every channel: no source is ever named by an internal number ("seed 002").
/// </summary>
internal static partial class WordingSamples
{
    private static readonly string[] Texts =
    [
        "quick: a good base model already does this, launch next month, budget 10k",
        "quick: FAQ bot over our help centre articles, docs change weekly, budget 30k, 6 weeks",
        "quick: classify tickets into 40 queues, 8,000 clean labelled tickets, prompting gets close, strong ML team, budget 120k",
        "quick: extract fields from invoices into strict JSON, budget 60k, launch in 10 weeks",
        "quick: public models barely cover our chemistry notation, 20B tokens of lab reports, ML researchers, budget 900k, on-prem",
        "quick: sovereign national-language model, air-gapped, must own the weights, 2 trillion tokens of text, ML researchers, budget $20M, launch in 18 months",
        "quick: answer questions about our contracts, HIPAA applies, no ML team, budget 5k, launch in 1 week",
    ];

    private static readonly Lazy<IReadOnlyList<Card>> All = new(() => BuildAsync().GetAwaiter().GetResult());

    /// <summary>The result cards (with their share, compare and assumptions cards) and every card sample.</summary>
    public static IReadOnlyList<Card> Cards => All.Value;

    /// <summary>"seed 002", "Seed 000,", "seeds 002, 003".</summary>
    [GeneratedRegex(@"\bseeds?\W{0,3}\d", RegexOptions.IgnoreCase)]
    public static partial Regex SeedNumber();

    /// <summary>The constraint fields' wire names that are not plain words ("dataQuality", "budgetUsd").</summary>
    public static Regex WireFieldName { get; } = new(
        @"\b(?:" + string.Join('|', ConstraintFields.All.Where(f => f.Any(char.IsUpper))) + @")\b", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>Every string a reader sees: values of the <paramref name="keys"/> properties anywhere in the payload.</summary>
    public static IEnumerable<string> VisibleText(JsonNode? node, params string[] keys) => node switch
    {
        JsonObject o => o.SelectMany(p => keys.Contains(p.Key) && p.Value is JsonValue v && v.TryGetValue<string>(out var s)
            ? [s]
            : VisibleText(p.Value, keys)),
        JsonArray a => a.SelectMany(item => VisibleText(item, keys)),
        _ => [],
    };

    private static async Task<IReadOnlyList<Card>> BuildAsync()
    {
        var cards = new List<Card>(CardSamples.Cards.Values);
        foreach (var text in Texts)
        {
            var dialog = CardSamples.Dialog("wording", "Wen");
            var result = Assert.IsType<RecommendationCard>(await dialog.SayAsync(text));
            cards.Add(result);
            foreach (var name in new[] { CardActionNames.Compare, CardActionNames.Assumptions, CardActionNames.Share })
            {
                cards.Add(await dialog.ClickAsync(name, result.Actions.Single(a => a.Name == name).Values));
            }
        }

        return cards;
    }
}
