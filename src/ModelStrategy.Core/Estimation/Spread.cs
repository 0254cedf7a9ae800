namespace ModelStrategy.Core.Estimation;

/// <summary>
/// An uncertain positive quantity, modelled as log-normal: a median and a log-space sigma.
/// Products of spreads stay log-normal exactly; sums are moment-matched (Fenton–Wilkinson),
/// so P10 ≤ P50 ≤ P90 holds by construction and no sampling is needed.
/// </summary>
public readonly record struct Spread(double Median, double Sigma)
{
    /// <summary>z-score of the 90th percentile of a standard normal.</summary>
    public const double Z90 = 1.2815515655446004;

    /// <summary>A certain value.</summary>
    public static Spread Exactly(double value) => new(value, 0);

    /// <summary>Zero (contributes nothing to a sum).</summary>
    public static Spread Zero => new(0, 0);

    /// <summary>A value whose P10 and P90 are <paramref name="low"/> and <paramref name="high"/>, centred on <paramref name="value"/>.</summary>
    public static Spread Range(double value, double low, double high)
    {
        if (value <= 0)
        {
            return Zero;
        }

        var lo = Math.Clamp(low, double.Epsilon, value);
        var hi = Math.Max(high, value);
        var sigma = Math.Max(Math.Log(value / lo), Math.Log(hi / value)) / Z90;
        return new Spread(value, sigma);
    }

    /// <summary>10th percentile.</summary>
    public double P10 => Median * Math.Exp(-Z90 * Sigma);

    /// <summary>Most likely (median).</summary>
    public double P50 => Median;

    /// <summary>90th percentile.</summary>
    public double P90 => Median * Math.Exp(Z90 * Sigma);

    /// <summary>Mean of the log-normal.</summary>
    public double Mean => Median * Math.Exp(Sigma * Sigma / 2);

    /// <summary>Product of two independent spreads.</summary>
    public static Spread operator *(Spread a, Spread b) =>
        new(a.Median * b.Median, Math.Sqrt((a.Sigma * a.Sigma) + (b.Sigma * b.Sigma)));

    /// <summary>Scaled by a certain factor.</summary>
    public static Spread operator *(Spread a, double factor) => factor <= 0 ? Zero : new(a.Median * factor, a.Sigma);

    /// <summary>Sum of two independent spreads (moment-matched).</summary>
    public static Spread operator +(Spread a, Spread b)
    {
        if (a.Median <= 0)
        {
            return b;
        }

        if (b.Median <= 0)
        {
            return a;
        }

        var mean = a.Mean + b.Mean;
        var variance = Variance(a) + Variance(b);
        var sigma2 = Math.Log(1 + (variance / (mean * mean)));
        return new Spread(mean * Math.Exp(-sigma2 / 2), Math.Sqrt(sigma2));
    }

    /// <summary>Explicit alternative to the multiplication operator.</summary>
    public static Spread Multiply(Spread left, Spread right) => left * right;

    /// <summary>Explicit alternative to the addition operator.</summary>
    public static Spread Add(Spread left, Spread right) => left + right;

    private static double Variance(Spread s)
    {
        var s2 = s.Sigma * s.Sigma;
        return (Math.Exp(s2) - 1) * Math.Exp((2 * Math.Log(s.Median)) + s2);
    }
}
