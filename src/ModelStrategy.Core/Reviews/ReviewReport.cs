using System.Globalization;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Pricing;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Reviews;

/// <summary>What a due review says: the recommendation then and now, what moved, the prices behind it, and what to ask the team.</summary>
internal static class ReviewReport
{
    /// <summary>The most price lines a review lists; the full report has them all.</summary>
    public const int MaxPriceLines = 8;

    public static IReadOnlyList<string> Questions { get; } =
    [
        "Did you try a baseline (a prompt, or retrieval over your documents), and how close did it get?",
        "Do you have labelled examples now, and how many?",
        "Is there a new deadline or budget, or has what the data may be used for changed?",
        "Tell me with adjust, e.g. \"adjust budget 80k\", and I'll work it out again.",
    ];

    public static ReviewCard Build(ReviewReminder reminder, Recommendation now, CardContext? context, IReadOnlyList<CardAction> actions)
    {
        var then = reminder.Baseline;
        var path = new ReviewChange("Path", then.PathName, now.PathName, then.Path != now.Path);
        var (costThen, costNow) = (CostBands.Of(then.Cost.P50), CostBands.Of(now.Cost.P50));
        var cost = new ReviewChange("12-month cost", $"{costThen} (most likely {Display.Money(then.Cost.P50)})",
            $"{costNow} (most likely {Display.Money(now.Cost.P50)})", costThen != costNow);
        var (timeThen, timeNow) = (TimelineBands.Of(then.Timeline.P50), TimelineBands.Of(now.TimelineWeeks.P50));
        var time = new ReviewChange("Time to launch", $"{timeThen} (most likely {Display.Duration(then.Timeline.P50)})",
            $"{timeNow} (most likely {Display.Duration(now.TimelineWeeks.P50)})", timeThen != timeNow);
        return new ReviewCard
        {
            Context = context,
            RecommendationId = now.Id,
            Title = "Review: " + Period(reminder.Months) + " on",
            Intro = $"{reminder.SetByName} asked on {Day(reminder.SetAt)} to look at this again. I asked the same question with today's prices and rules.",
            Verdict = Verdict(path, cost, time),
            Changed = path.Changed || cost.Changed || time.Changed,
            Changes = [path, cost, time],
            PriceChanges = PriceLines(then.Figures, ReviewFigure.Of(now.Assumptions)),
            Prices = Books(then.Prices, now.Prices),
            Questions = Questions,
            ReportPath = RecommendationCardBuilder.ReportPath(now.Id),
            Actions = actions,
        };
    }

    /// <summary>"1 month", "3 months", "a year".</summary>
    public static string Period(int months) => months switch
    {
        1 => "1 month",
        12 => "a year",
        _ => months.ToString(CultureInfo.InvariantCulture) + " months",
    };

    /// <summary>A day as the cards write it: "7 Mar 2027".</summary>
    public static string Day(DateTimeOffset at) => at.ToUniversalTime().ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Verdict(ReviewChange path, ReviewChange cost, ReviewChange time)
    {
        if (path.Changed)
        {
            return $"The answer changed: {path.After} now fits better than {path.Before}.";
        }

        var moved = new[] { cost.Changed ? "the cost" : null, time.Changed ? "the time to launch" : null }.OfType<string>().ToList();
        return moved.Count == 0
            ? "Nothing that matters moved: the same path, and the cost and time to launch are in the same ranges."
            : $"The same path, but {string.Join(" and ", moved)} moved to another range.";
    }

    /// <summary>
    /// The figures behind both answers whose value, source or date changed, biggest value changes first (figures only
    /// one of the answers uses come and go with its path: they are not changes of price).
    /// </summary>
    private static List<string> PriceLines(IReadOnlyList<ReviewFigure> then, IReadOnlyList<ReviewFigure> now)
    {
        var before = then.ToDictionary(f => f.Key, StringComparer.Ordinal);
        var lines = new List<(double Weight, string Text)>();
        foreach (var figure in now)
        {
            if (!before.TryGetValue(figure.Key, out var old))
            {
                continue;
            }

            if (old.Value != figure.Value)
            {
                var change = Math.Abs(figure.Value - old.Value) / Math.Max(Math.Abs(old.Value), double.Epsilon);
                lines.Add((1 + change, $"{figure.Name}: {Number(old.Value)} → {Value(figure)} ({Origin(figure)})"));
            }
            else if (old.Source != figure.Source || old.AsOf != figure.AsOf)
            {
                lines.Add((0, $"{figure.Name}: {Value(figure)} as before, now from {Origin(figure)}"));
            }
        }

        var ordered = lines.OrderByDescending(l => l.Weight).Select(l => l.Text).ToList();
        return ordered.Count <= MaxPriceLines
            ? ordered
            : [.. ordered.Take(MaxPriceLines - 1), $"… and {ordered.Count - MaxPriceLines + 1} more in the full report."];
    }

    private static string? Books(PriceBookStamp? then, PriceBookStamp? now) => (then, now) switch
    {
        (null, null) => null,
        (null, { } current) => current.Line,
        ({ } old, null) => $"Prices: {old.Name} then",
        ({ } old, { } current) when old == current => $"{current.Line}, as then",
        ({ } old, { } current) => $"Prices: {old.Name} then, {current.Name} now",
    };

    private static string Value(ReviewFigure f) => $"{Number(f.Value)} {f.Unit}";

    private static string Origin(ReviewFigure f) => $"{f.Source}, as of {f.AsOf}";

    /// <summary>"4,000", "2.75", "0.02": thousands grouped, small values to four significant figures.</summary>
    private static string Number(double value) => Math.Abs(value) >= 1000
        ? value.ToString("#,0", CultureInfo.InvariantCulture)
        : value.ToString("G4", CultureInfo.InvariantCulture);
}
