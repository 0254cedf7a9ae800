using System.Text.Json;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Formatting;

namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>The middle sections of a result card: Pros and Cons, the estimates, alternatives and assumption facts.</summary>
internal static class RecommendationSections
{
    /// <summary>Pros and Cons side by side, each under its label ("More pros" and "More cons" when <paramref name="more"/>).</summary>
    public static void ProsAndCons(Utf8JsonWriter w, IReadOnlyList<string> pros, IReadOnlyList<string> cons, bool more = false)
    {
        w.StartColumnSet(spacing: "Medium");
        w.StartColumn("stretch");
        w.Heading(more ? "More pros" : "Pros", size: "Default", spacing: null);
        w.Bullets(pros);
        w.EndItems();
        w.StartColumn("stretch");
        w.Heading(more ? "More cons" : "Cons", size: "Default", spacing: null);
        w.Bullets(cons);
        w.EndItems();
        w.EndItems();
    }

    /// <summary>
    /// Cost and timeline as facts, the published ranges beside them (unless <paramref name="references"/> is false: the
    /// compact card shows them with its details), and a visible note when they disagree.
    /// </summary>
    public static void Estimates(Utf8JsonWriter w, EstimateRange cost, EstimateRange timeline, bool references = true)
    {
        w.StartFactSet(spacing: "Medium");
        w.Fact("Cost, first 12 months", cost.Text);
        w.Fact("Time to launch", timeline.Text);
        w.EndItems();
        if (references)
        {
            PublishedRanges(w, cost, timeline);
        }

        var what = (cost.Disagrees, timeline.Disagrees) switch
        {
            (true, true) => "cost and timeline",
            (true, false) => "cost",
            (false, true) => "timeline",
            _ => null,
        };
        if (what is not null)
        {
            w.StartContainer(style: "warning", spacing: "Small");
            w.Text($"Note: a published range for the {what} does not overlap this estimate; see the full report for why.", size: "Small");
            w.EndItems();
        }
    }

    /// <summary>"Published ranges: …", small; nothing when there are none.</summary>
    public static void PublishedRanges(Utf8JsonWriter w, EstimateRange cost, EstimateRange timeline)
    {
        var references = new CharBuffer(stackalloc char[512]);
        AppendReferences(ref references, cost.References);
        AppendReferences(ref references, timeline.References);
        if (references.Text.Length > 0)
        {
            var text = new CharBuffer(stackalloc char[512]);
            text.Append("Published ranges: ");
            text.Append(references.Text);
            w.Text(text.Text, size: "Small", subtle: true, spacing: "Small");
            text.Dispose();
        }

        references.Dispose();
    }

    /// <summary>The runner-up first, each with why not, cost and timeline; at most <paramref name="max"/> of them.</summary>
    public static void Alternatives(Utf8JsonWriter w, IReadOnlyList<AlternativeLine> alternatives, int max = int.MaxValue)
    {
        var count = Math.Min(max, alternatives.Count);
        Span<char> scratch = stackalloc char[256];
        for (var i = 0; i < count; i++)
        {
            var a = alternatives[i];
            if (i == 0)
            {
                w.Heading(count == 1 ? "Runner-up" : "Runner-up and others", size: "Default");
            }

            w.Markdown($"**{AdaptiveMarkdown.Escape(a.Name)}** · score {a.Score} · {AdaptiveMarkdown.Escape(a.Cost)} · {AdaptiveMarkdown.Escape(a.Timeline)}", spacing: i == 0 ? "Small" : "Default");
            var whyNot = new CharBuffer(scratch);
            whyNot.Append("Why not: ");
            whyNot.Append(a.WhyNot);
            w.Text(whyNot.Text, size: "Small", subtle: true, spacing: "None");
            whyNot.Dispose();
        }
    }

    /// <summary>Defaults the user did not give first, then the figures behind the estimates.</summary>
    public static void AssumptionFacts(Utf8JsonWriter w, IReadOnlyList<AssumptionLine> assumptions)
    {
        var defaulted = 0;
        for (var i = 0; i < assumptions.Count; i++)
        {
            defaulted += assumptions[i].Defaulted ? 1 : 0;
        }

        if (defaulted > 0)
        {
            w.Heading("Typical values used (you didn't say)", size: "Default", spacing: "Small");
            Facts(w, assumptions, defaulted: true);
        }

        if (defaulted < assumptions.Count)
        {
            w.Heading("Figures behind the estimates", size: "Default");
            Facts(w, assumptions, defaulted: false);
        }
    }

    /// <summary>A FactSet of the assumptions that are (or are not) defaults: label, then "value (source)".</summary>
    private static void Facts(Utf8JsonWriter w, IReadOnlyList<AssumptionLine> assumptions, bool defaulted)
    {
        w.StartFactSet(spacing: "Small");
        Span<char> scratch = stackalloc char[256];
        for (var i = 0; i < assumptions.Count; i++)
        {
            var a = assumptions[i];
            if (a.Defaulted == defaulted)
            {
                var value = new CharBuffer(scratch);
                value.Append(a.Defaulted ? FieldDisplay.Value(a.Label, a.Value) : a.Value);
                value.Append(" (");
                value.Append(a.Source);
                value.Append(")");
                w.Fact(a.Defaulted ? FieldDisplay.Label(a.Label) : a.Label, value.Text);
                value.Dispose();
            }
        }

        w.EndItems();
    }

    /// <summary>The non-empty published ranges, joined by " · ".</summary>
    private static void AppendReferences(ref CharBuffer text, IReadOnlyList<string> references)
    {
        for (var i = 0; i < references.Count; i++)
        {
            if (references[i].Length > 0)
            {
                if (text.Text.Length > 0)
                {
                    text.Append(" · ");
                }

                text.Append(references[i]);
            }
        }
    }

    /// <summary>The assumed values that decide the answer, one line each with its one-click answer, in a highlighted box.</summary>
    public static void Decisive(Utf8JsonWriter w, IReadOnlyList<DecisiveLine> lines, CardContext? context)
    {
        if (lines.Count == 0)
        {
            return;
        }

        w.StartContainer(style: "emphasis", id: RecommendationCardRenderer.DecisiveId, spacing: "Medium");
        foreach (var line in lines)
        {
            w.Text(line.Text, spacing: "Small");
            if (line.Answer is { } answer)
            {
                w.StartActionSet(spacing: "Small");
                w.Execute(answer, context, inputsOnCard: false);
                w.EndItems();
            }
        }

        w.EndItems();
    }
}
