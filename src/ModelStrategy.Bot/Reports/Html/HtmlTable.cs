namespace ModelStrategy.Bot.Reports.Html;

/// <summary>A data table: a caption, column headers, the first cell of each row as its header, numbers right-aligned.</summary>
internal static class HtmlTable
{
    /// <param name="html">Where to write.</param>
    /// <param name="caption">What the table shows.</param>
    /// <param name="headers">Column headers.</param>
    /// <param name="rows">The cells of each row, as text.</param>
    /// <param name="numeric">Indexes of the columns holding numbers.</param>
    /// <param name="rowClass">An optional class per row (e.g. the chosen path).</param>
    public static void Write(Markup html, string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows,
        IReadOnlySet<int>? numeric = null, Func<int, string?>? rowClass = null)
    {
        html.Open("div", ("class", "table-wrap"));
        html.Open("table", ("class", "data"));
        html.Leaf("caption", caption);
        html.Open("thead").Open("tr");
        for (var i = 0; i < headers.Count; i++)
        {
            html.Leaf("th", headers[i], ("scope", "col"), ("class", numeric?.Contains(i) == true ? "num" : null));
        }

        html.Close().Close();
        html.Open("tbody");
        var index = 0;
        foreach (var row in rows)
        {
            html.Open("tr", ("class", rowClass?.Invoke(index++)));
            for (var i = 0; i < row.Count; i++)
            {
                var cssClass = numeric?.Contains(i) == true ? "num" : null;
                if (i == 0)
                {
                    html.Leaf("th", row[i], ("scope", "row"), ("class", cssClass));
                }
                else
                {
                    html.Leaf("td", row[i], ("class", cssClass));
                }
            }

            html.Close();
        }

        html.Close().Close().Close();
    }
}
