using System.Globalization;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Formatting;

namespace ModelStrategy.Core.Reports;

/// <summary>How the figures behind an estimate read in the report: "8B parameters", "1.2 USD/GPU-hour", "0.7–2.25".</summary>
public static class Quantities
{
    /// <summary>A number as people read it: 0.25, 8,088, 2.4M, 8B.</summary>
    public static string Number(double value)
    {
        var abs = Math.Abs(value);
        return abs switch
        {
            >= 1e4 => Display.Count(value),
            >= 100 => value.ToString("#,0", CultureInfo.InvariantCulture),
            0 => "0",
            < 0.001 => value.ToString("0.###E+0", CultureInfo.InvariantCulture),
            _ => value.ToString("0.###", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A value with its unit: "8B parameters".</summary>
    public static string WithUnit(double value, string unit) => string.IsNullOrWhiteSpace(unit) ? Number(value) : $"{Number(value)} {unit}";

    /// <summary>The range of an assumption, e.g. "0.7–2.25"; "exact" when it has none (a computed or given figure).</summary>
    public static string Range(Assumption assumption)
    {
        ArgumentNullException.ThrowIfNull(assumption);
        return assumption.Low == assumption.High ? "exact" : $"{Number(assumption.Low)}–{Number(assumption.High)}";
    }

    /// <summary>What an evidence grade means.</summary>
    public static string Grade(string grade) => grade switch
    {
        "A" => "A: primary source",
        "B" => "B: secondary source",
        "C" => "C: vendor or single report",
        "D" => "D: derived",
        "U" => "U: assumption to confirm",
        _ => grade,
    };
}
