using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>
/// The path comparison as bars: per path a row of name, bar and score. The bar is a ColumnSet of a shaded column
/// weighted by the score and an empty one weighted by the rest, so its length is proportional in every Teams client.
/// </summary>
internal static class ScoreBars
{
    /// <summary>"bar-" and the path's name in lower case, made once per path.</summary>
    private static readonly FrozenDictionary<PathId, string> BarIds =
        Enum.GetValues<PathId>().ToFrozenDictionary(path => path, path => "bar-" + path.ToString().ToLowerInvariant());

    /// <summary>The id of the shaded column of a path's bar (tests read the widths through it).</summary>
    public static string BarId(ScoreBar bar)
    {
        return BarIds.TryGetValue(bar.Path, out var id) ? id : "bar-" + bar.Path.ToString().ToLowerInvariant();
    }

    public static void Write(Utf8JsonWriter w, IReadOnlyList<ScoreBar> scores)
    {
        for (var i = 0; i < scores.Count; i++)
        {
            Row(w, scores[i]);
        }
    }

    private static void Row(Utf8JsonWriter w, ScoreBar bar)
    {
        var score = Math.Clamp(bar.Score, 0, 100);
        var weight = bar.Chosen ? "Bolder" : null;
        w.StartColumnSet(spacing: "Small");
        w.StartColumn("120px", verticalAlignment: "Center");
        w.Text(bar.Chosen ? bar.Name + " ✓" : bar.Feasible ? bar.Name : bar.Name + " (ruled out)", size: "Small", weight: weight);
        w.EndItems();
        w.StartColumn("stretch", verticalAlignment: "Center");
        w.StartColumnSet();
        Bar(w, bar, score);
        w.EndItems();
        w.EndItems();
        w.StartColumn("40px", verticalAlignment: "Center");
        Span<char> digits = stackalloc char[4];
        score.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        w.Text(digits[..length], size: "Small", weight: weight);
        w.EndItems();
        w.EndItems();
    }

    /// <summary>The shaded part (weight = score) and the rest (weight = 100 − score); a zero-weight part is left out.</summary>
    private static void Bar(Utf8JsonWriter w, ScoreBar bar, int score)
    {
        if (score > 0)
        {
            w.StartColumn(score, style: bar.Chosen ? "good" : bar.Feasible ? "accent" : "attention", id: BarId(bar));
            w.Text("\u00a0", size: "Small");
            w.EndItems();
        }

        if (score < 100)
        {
            w.StartColumn(100 - score);
            w.Text("\u00a0", size: "Small");
            w.EndItems();
        }
    }
}
