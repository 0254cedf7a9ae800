namespace ModelStrategy.Core.Estimation;

/// <summary>
/// An uncertain positive quantity given by its P10, P50 and P90 (a two-piece log-normal).
/// Sums add percentiles (the parts of one project move together: a slow team is slow in every phase), which keeps
/// every percentile monotone in every input. Independent products combine log-spreads in quadrature.
/// P10 ≤ P50 ≤ P90 holds by construction and no sampling is needed.
/// </summary>
public readonly record struct Spread
{
    /// <summary>z-score of the 90th percentile of a standard normal.</summary>
    public const double Z90 = 1.2815515655446004;

    private Spread(double p10, double p50, double p90)
    {
        P10 = p10;
        P50 = p50;
        P90 = p90;
    }

    /// <summary>10th percentile (optimistic).</summary>
    public double P10 { get; }

    /// <summary>Median (most likely).</summary>
    public double P50 { get; }

    /// <summary>90th percentile (pessimistic).</summary>
    public double P90 { get; }

    /// <summary>The median.</summary>
    public double Median => P50;

    /// <summary>Zero (contributes nothing to a sum).</summary>
    public static Spread Zero => default;

    /// <summary>A certain value.</summary>
    public static Spread Exactly(double value) => value <= 0 ? Zero : new(value, value, value);

    /// <summary>A value with the given P10 and P90 around <paramref name="value"/> (clamped so that P10 ≤ P50 ≤ P90).</summary>
    public static Spread Range(double value, double low, double high) =>
        value <= 0 ? Zero : new(Math.Clamp(low, 0, value), value, Math.Max(high, value));

    /// <summary>Product of two independent spreads: medians multiply, log-spreads add in quadrature on each side.</summary>
    public static Spread operator *(Spread a, Spread b)
    {
        if (a.P50 <= 0 || b.P50 <= 0)
        {
            return Zero;
        }

        var median = a.P50 * b.P50;
        var low = Math.Sqrt(Square(LogRatio(a.P50, a.P10)) + Square(LogRatio(b.P50, b.P10)));
        var high = Math.Sqrt(Square(LogRatio(a.P90, a.P50)) + Square(LogRatio(b.P90, b.P50)));
        return new Spread(median * Math.Exp(-low), median, median * Math.Exp(high));
    }

    /// <summary>
    /// How much longer <paramref name="work"/> takes than <paramref name="alongside"/>, which runs at the same time: the
    /// part of it that lands on the critical path (zero when the median fits alongside).
    /// </summary>
    public static Spread Beyond(Spread work, Spread alongside) =>
        Range(Math.Max(0, work.P50 - alongside.P50), Math.Max(0, work.P10 - alongside.P10), Math.Max(0, work.P90 - alongside.P90));

    /// <summary>Scaled by a certain factor.</summary>
    public static Spread operator *(Spread a, double factor) => factor <= 0 ? Zero : new(a.P10 * factor, a.P50 * factor, a.P90 * factor);

    /// <summary>Sum of two spreads that move together: percentiles add.</summary>
    public static Spread operator +(Spread a, Spread b) => new(a.P10 + b.P10, a.P50 + b.P50, a.P90 + b.P90);

    /// <summary>Explicit alternative to the multiplication operator.</summary>
    public static Spread Multiply(Spread left, Spread right) => left * right;

    /// <summary>Explicit alternative to the addition operator.</summary>
    public static Spread Add(Spread left, Spread right) => left + right;

    /// <inheritdoc/>
    public override string ToString() => $"P10 {P10:G4} / P50 {P50:G4} / P90 {P90:G4}";

    // The log-spread between two percentiles; a zero low end is treated as a very wide spread.
    private static double LogRatio(double upper, double lower) => lower <= 0 ? 3 : Math.Log(upper / lower);

    private static double Square(double x) => x * x;
}
