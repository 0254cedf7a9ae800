namespace ModelStrategy.Bot.Reports.Charts;

/// <summary>
/// The geometry of a row chart in viewBox units: labels on the left, the plot in the middle, values on the right.
/// The SVG scales to its container, so these are proportions, not pixels.
/// </summary>
/// <param name="LabelWidth">Room for the row labels (right-aligned against the plot).</param>
/// <param name="Top">Room above the rows: for the label of a budget or deadline line, or a little air without one.</param>
internal sealed record ChartLayout(double LabelWidth, double Top = ChartLayout.LimitBand)
{
    public const double Width = 960;
    public const double LimitBand = 36;
    public const double NoLimitBand = 12;
    public const double RowHeight = 34;
    public const double BarHeight = 14;
    public const double Bottom = 46;
    public const double ValueWidth = 210;
    public const double Gap = 14;

    /// <summary>Average advance of a 14-unit sans-serif character (measured 7.3 in Chromium's default), for fitting labels.</summary>
    public const double CharWidth = 7.6;

    /// <summary>How many 13-unit characters fit in the value column.</summary>
    public const int ValueChars = (int)(ValueWidth / 7.2);

    public double X0 => LabelWidth + Gap;

    public const double X1 = Width - ValueWidth - Gap;

    public const double ValueX = Width - ValueWidth;

    public double Height(int rows) => Top + (rows * RowHeight) + Bottom;

    /// <summary>The vertical centre of row <paramref name="row"/>.</summary>
    public double Middle(int row) => Top + (row * RowHeight) + (RowHeight / 2);

    /// <summary>Where the plot ends at the bottom.</summary>
    public double PlotBottom(int rows) => Top + (rows * RowHeight);

    /// <summary>How many characters fit in the label column.</summary>
    public int LabelChars => (int)(LabelWidth / CharWidth);
}
