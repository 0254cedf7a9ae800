using System.Globalization;
using System.Xml.Linq;

namespace ModelStrategy.Bot.Tests.TestSupport;

/// <summary>Reads a report chart's declared scale and computes where a value must be drawn, independently of the page's code.</summary>
internal sealed class ChartGeometry
{
    private ChartGeometry(XElement svg)
    {
        Svg = svg;
        Kind = (string)svg.Attribute("data-scale")!;
        (Min, Max) = Pair((string)svg.Attribute("data-domain")!);
        (X0, X1) = Pair((string)svg.Attribute("data-range")!);
    }

    public XElement Svg { get; }

    public string Kind { get; }

    public double Min { get; }

    public double Max { get; }

    public double X0 { get; }

    public double X1 { get; }

    /// <summary>The chart whose title has the id "{id}-title".</summary>
    public static ChartGeometry Of(XDocument page, string id) =>
        new(page.Descendants(ReportClient.Svg + "svg").Single(s => ((string?)s.Attribute("aria-labelledby"))?.StartsWith(id + "-title", StringComparison.Ordinal) == true));

    /// <summary>The x of <paramref name="value"/> (values outside the axis sit at its ends).</summary>
    public double X(double value)
    {
        var v = Math.Clamp(value, Min, Max);
        var fraction = Kind switch
        {
            "log" => Math.Log10(v / Min) / Math.Log10(Max / Min),
            "linear" => (v - Min) / (Max - Min),
            _ => throw new InvalidOperationException($"unknown scale {Kind}"),
        };
        return X0 + (fraction * (X1 - X0));
    }

    public static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    private static (double, double) Pair(string text)
    {
        var parts = text.Split(' ');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
