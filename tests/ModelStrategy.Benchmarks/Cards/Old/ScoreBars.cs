using System.Globalization;
using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;
using static ModelStrategy.Benchmarks.Cards.Old.AdaptiveElements;

namespace ModelStrategy.Benchmarks.Cards.Old;

/// <summary>
/// The path comparison as bars: per path a row of name, bar and score. The bar is a ColumnSet of a shaded column
/// weighted by the score and an empty one weighted by the rest, so its length is proportional in every Teams client.
/// </summary>
internal static class ScoreBars
{
    /// <summary>The id of the shaded column of a path's bar (tests read the widths through it).</summary>
    public static string BarId(ScoreBar bar)
    {
        ArgumentNullException.ThrowIfNull(bar);
        return "bar-" + bar.Path.ToString().ToLowerInvariant();
    }

    public static IEnumerable<JsonNode> Render(IReadOnlyList<ScoreBar> scores) => scores.Select(Row);

    private static JsonObject Row(ScoreBar bar)
    {
        var score = Math.Clamp(bar.Score, 0, 100);
        var name = bar.Chosen ? bar.Name + " ✓" : bar.Feasible ? bar.Name : bar.Name + " (ruled out)";
        return ColumnSet(
        [
            Column("120px", [Text(name, size: "Small", weight: bar.Chosen ? "Bolder" : null)], verticalAlignment: "Center"),
            Column("stretch", [ColumnSet(Bar(bar, score))], verticalAlignment: "Center"),
            Column("40px", [Text(score.ToString(CultureInfo.InvariantCulture), size: "Small", weight: bar.Chosen ? "Bolder" : null)], verticalAlignment: "Center"),
        ], spacing: "Small");
    }

    /// <summary>The shaded part (weight = score) and the rest (weight = 100 − score); a zero-weight part is left out.</summary>
    private static IEnumerable<JsonNode> Bar(ScoreBar bar, int score)
    {
        var style = bar.Chosen ? "good" : bar.Feasible ? "accent" : "attention";
        if (score > 0)
        {
            var filled = Column(score, [Text("\u00a0", size: "Small")], style: style);
            filled["id"] = BarId(bar);
            yield return filled;
        }

        if (score < 100)
        {
            yield return Column(100 - score, [Text("\u00a0", size: "Small")]);
        }
    }
}
