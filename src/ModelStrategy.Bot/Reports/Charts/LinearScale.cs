namespace ModelStrategy.Bot.Reports.Charts;

/// <summary>A linear axis from zero to a round value above the largest one, with evenly spaced round ticks.</summary>
internal sealed class LinearScale : Scale
{
    private readonly double[] _ticks;

    private LinearScale(double max, double step, double x0, double x1)
        : base(0, max, x0, x1) => _ticks = [.. Enumerable.Range(0, (int)Math.Round(max / step) + 1).Select(i => Math.Round(i * step, 6))];

    public override string Kind => "linear";

    public override IReadOnlyList<double> Ticks => _ticks;

    /// <summary>0 to the largest value, ticks every 1, 2, 5 × 10ⁿ (at most one per <paramref name="minTickSpacing"/> units).</summary>
    public static LinearScale Covering(double largest, double x0, double x1, double minTickSpacing = 64) =>
        WithSteps(largest, x0, x1, minTickSpacing, RoundSteps(largest));

    /// <summary>As <see cref="Covering"/>, with ticks at the given candidate steps (e.g. whole months in weeks).</summary>
    public static LinearScale WithSteps(double largest, double x0, double x1, double minTickSpacing, IEnumerable<double> steps)
    {
        var top = largest > 0 && double.IsFinite(largest) ? largest : 1;
        var maxTicks = Math.Max(2, (int)Math.Floor((x1 - x0) / minTickSpacing));
        var step = steps.Order().FirstOrDefault(s => Math.Ceiling(top / s * (1 - 1e-9)) <= maxTicks, top);
        var max = Math.Round(Math.Ceiling(top / step * (1 - 1e-9)) * step, 9);
        return new LinearScale(max, step, x0, x1);
    }

    protected override double Fraction(double value) => value / Max;

    private static IEnumerable<double> RoundSteps(double largest)
    {
        var decade = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(largest, 1e-9))) - 2);
        for (var i = 0; i < 6; i++, decade *= 10)
        {
            yield return decade;
            yield return 2 * decade;
            yield return 5 * decade;
        }
    }
}
