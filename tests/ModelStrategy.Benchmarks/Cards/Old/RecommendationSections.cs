using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;
using static ModelStrategy.Benchmarks.Cards.Old.AdaptiveElements;

namespace ModelStrategy.Benchmarks.Cards.Old;

/// <summary>The middle sections of a result card: Pros and Cons, the estimates, alternatives and assumption facts.</summary>
internal static class RecommendationSections
{
    /// <summary>Pros and Cons side by side, each under its label.</summary>
    public static JsonObject ProsAndCons(RecommendationCard card) => ColumnSet(
    [
        Column("stretch", [Heading("Pros", size: "Default", spacing: null), .. card.Pros.Select(Bullet)]),
        Column("stretch", [Heading("Cons", size: "Default", spacing: null), .. card.Cons.Select(Bullet)]),
    ], spacing: "Medium");

    /// <summary>Cost and timeline as facts, the published ranges beside them, and a visible note when they disagree.</summary>
    public static IEnumerable<JsonNode> Estimates(RecommendationCard card)
    {
        yield return FactSet([("Cost, first 12 months", card.Cost.Text), ("Time to launch", card.Timeline.Text)], spacing: "Medium");
        var references = card.Cost.References.Concat(card.Timeline.References).Where(r => r.Length > 0).ToList();
        if (references.Count > 0)
        {
            yield return Text("Published ranges: " + string.Join(" · ", references), size: "Small", subtle: true, spacing: "Small");
        }

        var disagree = new[] { (Name: "cost", card.Cost), (Name: "timeline", card.Timeline) }.Where(e => e.Item2.Disagrees).Select(e => e.Name).ToList();
        if (disagree.Count > 0)
        {
            var what = string.Join(" and ", disagree);
            yield return Container([Text($"Note: a published range for the {what} does not overlap this estimate; see the full report for why.", size: "Small")],
                style: "warning", spacing: "Small");
        }
    }

    /// <summary>The runner-up first, each with why not, cost and timeline; at most <paramref name="max"/> of them.</summary>
    public static IEnumerable<JsonNode> Alternatives(IReadOnlyList<AlternativeLine> alternatives, int max = int.MaxValue)
    {
        for (var i = 0; i < Math.Min(max, alternatives.Count); i++)
        {
            var a = alternatives[i];
            if (i == 0)
            {
                yield return Heading(Math.Min(max, alternatives.Count) == 1 ? "Runner-up" : "Runner-up and others", size: "Default");
            }

            yield return Text($"**{a.Name}** · score {a.Score} · {a.Cost} · {a.Timeline}", spacing: i == 0 ? "Small" : "Default");
            yield return Text("Why not: " + a.WhyNot, size: "Small", subtle: true, spacing: "None");
        }
    }

    /// <summary>Defaults the user did not give first, then the figures behind the estimates.</summary>
    public static IEnumerable<JsonNode> AssumptionFacts(IReadOnlyList<AssumptionLine> assumptions)
    {
        var defaulted = assumptions.Where(a => a.Defaulted).ToList();
        var figures = assumptions.Where(a => !a.Defaulted).ToList();
        if (defaulted.Count > 0)
        {
            yield return Heading("Typical values used (you didn't say)", size: "Default", spacing: "Small");
            yield return FactSet(defaulted.Select(a => (a.Label, $"{a.Value} ({a.Source})")), spacing: "Small");
        }

        if (figures.Count > 0)
        {
            yield return Heading("Figures behind the estimates", size: "Default");
            yield return FactSet(figures.Select(a => (a.Label, $"{a.Value} ({a.Source})")), spacing: "Small");
        }
    }
}
