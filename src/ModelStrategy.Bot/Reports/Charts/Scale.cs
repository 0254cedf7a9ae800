namespace ModelStrategy.Bot.Reports.Charts;

/// <summary>Maps values to x positions between <see cref="X0"/> and <see cref="X1"/>, with the ticks to label.</summary>
internal abstract class Scale(double min, double max, double x0, double x1)
{
    /// <summary>The smallest value on the axis.</summary>
    public double Min { get; } = min;

    /// <summary>The largest value on the axis.</summary>
    public double Max { get; } = max;

    /// <summary>Where <see cref="Min"/> is drawn.</summary>
    public double X0 { get; } = x0;

    /// <summary>Where <see cref="Max"/> is drawn.</summary>
    public double X1 { get; } = x1;

    /// <summary>"log" or "linear" (written on the chart for readers and tests).</summary>
    public abstract string Kind { get; }

    /// <summary>The values to mark on the axis, ascending.</summary>
    public abstract IReadOnlyList<double> Ticks { get; }

    /// <summary>The x position of <paramref name="value"/>, clamped to the axis.</summary>
    public double X(double value)
    {
        var position = Fraction(Math.Clamp(value, Min, Max));
        return X0 + (position * (X1 - X0));
    }

    /// <summary>Where a value lies between Min (0) and Max (1).</summary>
    protected abstract double Fraction(double value);
}
