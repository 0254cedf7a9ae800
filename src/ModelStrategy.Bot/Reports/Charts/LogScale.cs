namespace ModelStrategy.Bot.Reports.Charts;

/// <summary>
/// A logarithmic axis from a 1-2-5 value below the smallest value to one above the largest, so dollars from hundreds
/// to millions share one readable scale. Ticks are 1-2-5 steps, or whole decades when those would crowd.
/// </summary>
internal sealed class LogScale : Scale
{
    /// <summary>Values below this (zero, cents) are drawn at the axis start.</summary>
    public const double Floor = 1;

    private readonly double[] _ticks;

    private LogScale(double min, double max, double x0, double x1, double minTickSpacing)
        : base(min, max, x0, x1) => _ticks = ChooseTicks(min, max, x1 - x0, minTickSpacing);

    public override string Kind => "log";

    public override IReadOnlyList<double> Ticks => _ticks;

    /// <summary>An axis covering every positive value given, between x0 and x1.</summary>
    public static LogScale Covering(IEnumerable<double> values, double x0, double x1, double minTickSpacing = 64)
    {
        var positive = values.Where(v => double.IsFinite(v) && v >= Floor).ToList();
        var low = positive.Count > 0 ? positive.Min() : Floor;
        var high = positive.Count > 0 ? positive.Max() : 10;
        var min = NiceBelow(low);
        var max = NiceAbove(high);
        if (max <= min)
        {
            (min, max) = (Math.Max(Floor, min / 10), max * 10);
        }

        return new LogScale(min, max, x0, x1, minTickSpacing);
    }

    protected override double Fraction(double value) => Math.Log10(value / Min) / Math.Log10(Max / Min);

    /// <summary>The largest 1-2-5 value at or below <paramref name="value"/>.</summary>
    public static double NiceBelow(double value)
    {
        var decade = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return Steps.Select(s => s * decade).Last(v => v <= value * (1 + 1e-9));
    }

    /// <summary>The smallest 1-2-5 value at or above <paramref name="value"/>.</summary>
    public static double NiceAbove(double value)
    {
        var decade = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return Steps.Append(10).Select(s => s * decade).First(v => v >= value * (1 - 1e-9));
    }

    private static readonly double[] Steps = [1, 2, 5];

    private static double[] ChooseTicks(double min, double max, double width, double minSpacing)
    {
        var firstDecade = Math.Floor(Math.Log10(min));
        var lastDecade = Math.Ceiling(Math.Log10(max));
        var all = new List<double>();
        for (var d = firstDecade; d <= lastDecade; d++)
        {
            all.AddRange(Steps.Select(s => Math.Round(s * Math.Pow(10, d), 6)));
        }

        var within = all.Where(v => v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)).ToList();
        var decadeWidth = width / Math.Log10(max / min);
        // 1-2-5 ticks crowd when a decade is narrow: 1→2 (and 5→10) is 30% of a decade, so that step needs the room.
        if (decadeWidth * Math.Log10(2) >= minSpacing)
        {
            return [.. within];
        }

        var decades = within.Where(v => Math.Abs(Math.Log10(v) - Math.Round(Math.Log10(v))) < 1e-9).ToList();
        var every = (int)Math.Max(1, Math.Ceiling(minSpacing / decadeWidth));
        var ticks = decades.Where((_, i) => i % every == 0).ToList();
        return [.. ticks.Count >= 2 ? ticks : [min, max]];
    }
}
