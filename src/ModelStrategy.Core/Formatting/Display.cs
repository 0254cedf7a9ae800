using System.Globalization;

namespace ModelStrategy.Core.Formatting;

/// <summary>How money and durations read in every channel: "$26k", "$1.2M", "6 weeks", "8 months".</summary>
public static class Display
{
    /// <summary>US dollars, rounded to two significant figures: $450, $18k, $1.2M.</summary>
    public static string Money(double usd)
    {
        var abs = Math.Abs(usd);
        return abs switch
        {
            >= 1e9 => "$" + Significant(usd / 1e9) + "B",
            >= 1e6 => "$" + Significant(usd / 1e6) + "M",
            >= 1e3 => "$" + Significant(usd / 1e3) + "k",
            _ => "$" + Math.Round(usd).ToString("0", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A money range: "$18k–$45k, most likely $26k".</summary>
    public static string MoneyRange(double p10, double p50, double p90) => $"{Money(p10)}–{Money(p90)}, most likely {Money(p50)}";

    /// <summary>A duration: weeks up to about six months, months beyond.</summary>
    public static string Duration(double weeks)
    {
        if (weeks > 26)
        {
            var months = weeks * 12 / 52;
            return $"{Significant(months)} months";
        }

        var rounded = weeks < 10 ? Math.Round(weeks * 2, MidpointRounding.AwayFromZero) / 2 : Math.Round(weeks, MidpointRounding.AwayFromZero);
        return rounded == 1 ? "1 week" : $"{rounded.ToString("0.#", CultureInfo.InvariantCulture)} weeks";
    }

    /// <summary>A duration range: "4–9 weeks, most likely 6 weeks".</summary>
    public static string DurationRange(double p10, double p50, double p90)
    {
        var high = Duration(p90);
        var low = p90 > 26 == p10 > 26 ? Duration(p10).Split(' ')[0] : Duration(p10);
        return $"{low}–{high}, most likely {Duration(p50)}";
    }

    /// <summary>A count with k/M suffix: 300, 2k, 1.5M.</summary>
    public static string Count(double value) => Math.Abs(value) switch
    {
        >= 1e12 => Significant(value / 1e12) + "T",
        >= 1e9 => Significant(value / 1e9) + "B",
        >= 1e6 => Significant(value / 1e6) + "M",
        >= 1e4 => Significant(value / 1e3) + "k",
        _ => Math.Round(value).ToString("#,0", CultureInfo.InvariantCulture),
    };

    /// <summary>A figure behind an estimate: "1.8M", "8B" for large values, up to four significant digits otherwise.</summary>
    public static string Figure(double value) =>
        Math.Abs(value) >= 1e4 ? Count(value) : value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Significant(double value)
    {
        var abs = Math.Abs(value);
        var rounded = abs >= 10 ? Math.Round(value, MidpointRounding.AwayFromZero) : Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return rounded.ToString("0.#", CultureInfo.InvariantCulture);
    }
}
