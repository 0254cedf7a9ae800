using System.Globalization;
using System.Text;

namespace ModelStrategy.TriageEvaluation;

/// <summary>The Markdown table of both corpus parts, and the targets the held-out part must meet.</summary>
public static class ScoreTable
{
    /// <summary>Share of stated constraints understood.</summary>
    public const double RecallTarget = 0.95;

    /// <summary>Share of set constraints that the text states with that value.</summary>
    public const double PrecisionTarget = 0.98;

    /// <summary>Share of messages with the same path as their labels.</summary>
    public const double PathTarget = 0.95;

    /// <summary>True when <paramref name="score"/> meets every target.</summary>
    public static bool MeetsTargets(CorpusScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return score.Recall >= RecallTarget && score.Precision >= PrecisionTarget && score.PathAgreement >= PathTarget;
    }

    /// <summary>One row per field, then the totals and the path agreement, for both parts side by side.</summary>
    public static string Render(CorpusScore tuning, CorpusScore holdout)
    {
        ArgumentNullException.ThrowIfNull(tuning);
        ArgumentNullException.ThrowIfNull(holdout);
        var text = new StringBuilder();
        Line(text, $"| field | tuning: stated | recall | precision | held out: stated | recall | precision |");
        Line(text, "|---|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < tuning.Fields.Count; i++)
        {
            var (t, h) = (tuning.Fields[i], holdout.Fields[i]);
            Line(text, $"| {t.Field} | {t.Stated} | {Pct(t.Recall, t.Stated)} | {Pct(t.Precision, t.Set)} | {h.Stated} | {Pct(h.Recall, h.Stated)} | {Pct(h.Precision, h.Set)} |");
        }

        Line(text, $"| **all fields** | {tuning.Fields.Sum(f => f.Stated)} | **{Pct(tuning.Recall, 1)}** | **{Pct(tuning.Precision, 1)}** | {holdout.Fields.Sum(f => f.Stated)} | **{Pct(holdout.Recall, 1)}** | **{Pct(holdout.Precision, 1)}** |");
        Line(text, $"| **same path as the labels as JSON** | {tuning.Messages} messages | **{Pct(tuning.PathAgreement, 1)}** | | {holdout.Messages} messages | **{Pct(holdout.PathAgreement, 1)}** | |");
        Line(text, string.Empty);
        Line(text, $"Held-out targets (recall ≥ {Pct(RecallTarget, 1)}, precision ≥ {Pct(PrecisionTarget, 1)}, path ≥ {Pct(PathTarget, 1)}): {(MeetsTargets(holdout) ? "met" : "NOT met")}");
        return text.ToString();
    }

    private static string Pct(double ratio, int count) => count == 0 ? "–" : (ratio * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
