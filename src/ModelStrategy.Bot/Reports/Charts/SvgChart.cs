using ModelStrategy.Bot.Reports.Html;
using ModelStrategy.Core.Reports;
using static ModelStrategy.Bot.Reports.Html.Markup;

namespace ModelStrategy.Bot.Reports.Charts;

/// <summary>
/// Draws one row chart as inline SVG: a title and description for screen readers, the axis with its ticks, one row per
/// item and an optional limit line. Every drawn value is also written as a data attribute, so the chart can be checked
/// against the numbers it shows.
/// </summary>
internal sealed class SvgChart(Markup html, string id, ChartLayout layout, Scale scale, int rows)
{
    public Scale Scale => scale;

    public ChartLayout Layout => layout;

    public void Begin(string title, string description)
    {
        var height = Number(layout.Height(rows));
        html.Open("svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", $"0 0 {Number(ChartLayout.Width)} {height}"),
            ("width", Number(ChartLayout.Width)),
            ("height", height),
            ("role", "img"),
            ("aria-labelledby", $"{id}-title {id}-desc"),
            ("class", "chart"),
            ("data-scale", scale.Kind),
            ("data-domain", $"{Exact(scale.Min)} {Exact(scale.Max)}"),
            ("data-range", $"{Exact(scale.X0)} {Exact(scale.X1)}"));
        html.Leaf("title", title, ("id", $"{id}-title"));
        html.Leaf("desc", description, ("id", $"{id}-desc"));
    }

    /// <summary>Grid lines and labels at every tick, and the axis title under them.</summary>
    public void Axis(Func<double, string> label, string title)
    {
        var bottom = layout.PlotBottom(rows);
        html.Open("g", ("class", "axis"), ("aria-hidden", "true"));
        foreach (var tick in scale.Ticks)
        {
            var x = Number(scale.X(tick));
            html.Empty("line", ("class", "grid"), ("x1", x), ("x2", x), ("y1", Number(layout.Top - 4)), ("y2", Number(bottom)));
            html.Leaf("text", label(tick), ("class", "tick"), ("x", x), ("y", Number(bottom + 16)), ("text-anchor", "middle"), ("data-value", Exact(tick)));
        }

        html.Leaf("text", title, ("class", "axis-title"), ("x", Number((scale.X0 + scale.X1) / 2)), ("y", Number(bottom + 36)), ("text-anchor", "middle"));
        html.Close();
    }

    /// <summary>A dashed line at a budget or deadline, labelled above the plot.</summary>
    public void Limit(double value, string label, string kind)
    {
        var x = scale.X(value);
        var anchor = x < scale.X0 + 60 ? "start" : x > scale.X1 - 60 ? "end" : "middle";
        html.Open("g", ("class", "limit"), ("data-limit", kind), ("data-value", Exact(value)));
        html.Empty("line", ("x1", Number(x)), ("x2", Number(x)), ("y1", Number(layout.Top - 8)), ("y2", Number(layout.PlotBottom(rows))));
        html.Leaf("text", label, ("x", Number(x)), ("y", Number(layout.Top - 14)), ("text-anchor", anchor));
        html.Close();
    }

    /// <summary>The row's label, on two lines when it is long, shortened with an ellipsis beyond that (the table has it all).</summary>
    public void Label(int row, string text)
    {
        var lines = TextLines.Wrap(text, layout.LabelChars, maxLines: 2);
        var middle = layout.Middle(row);
        html.Open("text", ("class", lines.Count > 1 ? "label two-line" : "label"), ("x", Number(layout.LabelWidth)),
            ("y", Number(lines.Count > 1 ? middle - 3 : middle + 5)), ("text-anchor", "end"));
        for (var i = 0; i < lines.Count; i++)
        {
            html.Leaf("tspan", lines[i], ("x", Number(layout.LabelWidth)), ("dy", i == 0 ? null : "15"));
        }

        html.Close();
    }

    /// <summary>The value column of a row: <paramref name="value"/>, and <paramref name="detail"/> beside it or under it when both do not fit.</summary>
    public void Value(int row, string value, string? detail = null)
    {
        var middle = layout.Middle(row);
        var oneLine = detail is null || value.Length + detail.Length + 1 <= ChartLayout.ValueChars;
        html.Open("text", ("class", "value"), ("x", Number(ChartLayout.ValueX)), ("y", Number(oneLine ? middle + 5 : middle - 3)));
        html.Text(value);
        if (detail is not null)
        {
            html.Leaf("tspan", oneLine ? " " + detail : detail, ("class", "detail"), ("x", oneLine ? null : Number(ChartLayout.ValueX)), ("dy", oneLine ? null : "15"));
        }

        html.Close();
    }

    /// <summary>A bar from <paramref name="from"/> to <paramref name="to"/> (at least 2 units wide, so a point still shows).</summary>
    public void Bar(int row, double from, double to, string cssClass, double height = ChartLayout.BarHeight)
    {
        var (x0, x1) = (scale.X(from), scale.X(to));
        var width = Math.Max(2, x1 - x0);
        var x = x1 - x0 < 2 ? x0 - 1 : x0;
        html.Empty("rect", ("class", cssClass), ("x", Number(x)), ("y", Number(layout.Middle(row) - (height / 2))),
            ("width", Number(width)), ("height", Number(height)), ("rx", "2"));
    }

    /// <summary>The P10–P90 bar with a mark at P50, drawn over a halo so it shows on the bar in both colour schemes.</summary>
    public void Range(int row, Percentiles value, string cssClass)
    {
        Bar(row, value.P10, value.P90, cssClass);
        var x = Number(scale.X(value.P50));
        var (y1, y2) = (Number(layout.Middle(row) - 12), Number(layout.Middle(row) + 12));
        html.Empty("line", ("class", "p50-halo"), ("x1", x), ("x2", x), ("y1", y1), ("y2", y2));
        html.Empty("line", ("class", "p50"), ("x1", x), ("x2", x), ("y1", y1), ("y2", y2), ("data-value", Exact(value.P50)));
    }

    /// <summary>A thin line with end caps from <paramref name="from"/> to <paramref name="to"/> (a phase's P10–P90 end).</summary>
    public void Whisker(int row, double from, double to)
    {
        var (x0, x1, y) = (Number(scale.X(from)), Number(scale.X(to)), layout.Middle(row));
        html.Open("g", ("class", "whisker"));
        html.Empty("line", ("x1", x0), ("x2", x1), ("y1", Number(y)), ("y2", Number(y)));
        html.Empty("line", ("x1", x0), ("x2", x0), ("y1", Number(y - 5)), ("y2", Number(y + 5)));
        html.Empty("line", ("x1", x1), ("x2", x1), ("y1", Number(y - 5)), ("y2", Number(y + 5)));
        html.Close();
    }

    public void End() => html.Close();
}
