using System.Globalization;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Conversations.Flow;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Reports;

/// <summary>
/// What every rendering of the full report (HTML, Markdown) derives from a stored recommendation, so that all of them
/// show the same rows and the same numbers. Pure: the report of a recommendation never changes.
/// </summary>
public static class ReportFacts
{
    /// <summary>Every constraint as understood, in the order PRODUCT.md lists them, with where its value came from.</summary>
    public static IReadOnlyList<ConstraintRow> Constraints(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        var given = recommendation.Constraints.ToProjectConstraints();
        var rows = new List<ConstraintRow>(ConstraintFields.All.Count);
        foreach (var field in ConstraintFields.All)
        {
            var value = field == ConstraintFields.UseCase ? given.UseCase : FieldValues.Get(given, field);
            var label = FieldDisplay.Label(field);
            if (recommendation.Defaults.FirstOrDefault(d => d.Field == field) is { } assumed)
            {
                rows.Add(new(field, label, FieldDisplay.Value(field, assumed.Value), ConstraintOrigin.Assumed, assumed.Reason));
            }
            else if (value is null)
            {
                rows.Add(new(field, label, field == ConstraintFields.UseCase ? "not described" : "not measured", ConstraintOrigin.NotGiven, string.Empty));
            }
            else if (recommendation.Understood.FirstOrDefault(u => u.Field == field) is { } understood)
            {
                rows.Add(new(field, label, FieldDisplay.Value(field, value), ConstraintOrigin.FromText, understood.Phrase));
            }
            else
            {
                rows.Add(new(field, label, FieldDisplay.Value(field, value), ConstraintOrigin.Given, string.Empty));
            }
        }

        return rows;
    }

    /// <summary>The paths whose cost is charted: every feasible one, and the chosen one even when nothing is feasible; lightest first.</summary>
    public static IReadOnlyList<PathAssessment> ChartedPaths(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return [.. recommendation.Paths.Where(p => p.Feasible || p.Path == recommendation.Path).OrderBy(p => p.Path)];
    }

    /// <summary>A path's 12-month cost; a recommendation stored before ranges were kept per path has its P50 only.</summary>
    public static Percentiles Cost(PathAssessment path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new(path.CostP10Usd ?? path.CostP50Usd, path.CostP50Usd, path.CostP90Usd ?? path.CostP50Usd);
    }

    /// <summary>A path's weeks to launch; a recommendation stored before ranges were kept per path has its P50 only.</summary>
    public static Percentiles Timeline(PathAssessment path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new(path.TimelineP10Weeks ?? path.TimelineP50Weeks, path.TimelineP50Weeks, path.TimelineP90Weeks ?? path.TimelineP50Weeks);
    }

    /// <summary>The chosen path's phases one after another, each starting when the earlier ones most likely end.</summary>
    public static IReadOnlyList<PhaseSpan> Phases(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        var start = 0.0;
        var spans = new List<PhaseSpan>(recommendation.TimelineWeeks.Phases.Count);
        foreach (var phase in recommendation.TimelineWeeks.Phases)
        {
            spans.Add(new PhaseSpan(phase.Name, Math.Round(start, 1), new(phase.P10, phase.P50, phase.P90)));
            start += phase.P50;
        }

        return spans;
    }

    /// <summary>The prices that were more than <see cref="MaxPriceAgeDays"/> old when the recommendation was made.</summary>
    public static IReadOnlyList<Assumption> StalePrices(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return [.. recommendation.Assumptions.Where(a => a.Unit.StartsWith("USD", StringComparison.Ordinal)
            && PriceFreshness.EndOf(a.AsOf) is { } end && (recommendation.CreatedAt - end).TotalDays > PriceFreshness.MaxAgeDays)];
    }

    /// <summary>How old a price may be before the report warns about it.</summary>
    public static int MaxPriceAgeDays => PriceFreshness.MaxAgeDays;

    /// <summary>"high confidence (82%)".</summary>
    public static string Confidence(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return string.Create(CultureInfo.InvariantCulture, $"{recommendation.ConfidenceLevel} confidence ({Math.Round(recommendation.Confidence * 100):0}%)");
    }

    /// <summary>"22 Nov 2026, 21:40 UTC".</summary>
    public static string When(DateTimeOffset at) => at.ToUniversalTime().ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>Signed points of a contribution: "+28", "−15".</summary>
    public static string Points(int points) => points switch
    {
        > 0 => "+" + points.ToString(CultureInfo.InvariantCulture),
        < 0 => "−" + (-(long)points).ToString(CultureInfo.InvariantCulture),
        _ => "0",
    };

    /// <summary>The common name of a path, e.g. "Retrieval-augmented generation (RAG)".</summary>
    public static string PathName(PathId path) => PathCatalog.Get(path).Name;

    /// <summary>The short name of a path for tight spaces, e.g. "RAG + LoRA".</summary>
    public static string ShortName(PathId path) => PathCatalog.Get(path).ShortName;

    /// <summary>A published range: "$100k–$500k", "4–6 weeks", or "$10M+" when open-ended.</summary>
    public static string Published(ReferenceRange reference, bool money)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.High is { } high ? Span(reference.Low, high, money) : $"{(money ? Display.Money(reference.Low) : Display.Duration(reference.Low))}+";
    }

    /// <summary>Our P10–P90 for the reference's scope, e.g. "$33k–$143k"; "see note" for ranges stored before it was kept.</summary>
    public static string Ours(ReferenceRange reference, bool money)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference is { OursP10: { } low, OursP90: { } high } ? Span(low, high, money) : "see note";
    }

    /// <summary>"$33k–$143k" or, as the cards write durations, "4–17 weeks".</summary>
    public static string Span(double low, double high, bool money)
    {
        if (money)
        {
            return $"{Display.Money(low)}–{Display.Money(high)}";
        }

        var range = Display.DurationRange(low, low, high);
        return range[..range.IndexOf(", most likely", StringComparison.Ordinal)];
    }
}
