using ModelStrategy.Core.Formatting;

namespace ModelStrategy.Core.Pricing;

/// <summary>
/// Coarse bands of a 12-month cost, about half a decade wide ($10k–$30k, $30k–$100k, …): a price change that moves a
/// typical project into another band is one a team would notice in its budget.
/// </summary>
public static class CostBands
{
    private static readonly double[] Edges = [10e3, 30e3, 100e3, 300e3, 1e6, 3e6, 10e6, 30e6, 100e6];

    /// <summary>The band of <paramref name="usd"/>, e.g. "$30k–$100k", "under $10k" or "$100M or more".</summary>
    public static string Of(double usd)
    {
        var i = 0;
        while (i < Edges.Length && usd >= Edges[i])
        {
            i++;
        }

        return i switch
        {
            0 => $"under {Display.Money(Edges[0])}",
            _ when i == Edges.Length => $"{Display.Money(Edges[^1])} or more",
            _ => $"{Display.Money(Edges[i - 1])}–{Display.Money(Edges[i])}",
        };
    }
}
