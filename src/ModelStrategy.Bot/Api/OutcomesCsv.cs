using System.Globalization;
using System.Text;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Outcomes;

namespace ModelStrategy.Bot.Api;

/// <summary>
/// Outcomes as CSV (RFC 4180: comma-separated, CRLF, cells with a comma, quote or line break quoted), one row per
/// recommendation with the estimate for the path taken beside what it took. A cell a spreadsheet would read as a
/// formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe. Names are never exported.
/// </summary>
internal static class OutcomesCsv
{
    /// <summary>The header row's columns, in order.</summary>
    public static readonly string[] Columns =
    [
        "recommendation_id", "team", "recommended_at", "recommended_path", "chosen_path", "took_recommended", "chosen_at",
        "price_book", "price_book_as_of",
        "estimate_weeks_p10", "estimate_weeks_p50", "estimate_weeks_p90", "actual_weeks",
        "estimate_cost_p10_usd", "estimate_cost_p50_usd", "estimate_cost_p90_usd", "actual_cost_usd", "reported_at",
    ];

    public static string Write(IEnumerable<Outcome> outcomes)
    {
        var csv = new StringBuilder();
        Row(csv, Columns);
        foreach (var outcome in outcomes)
        {
            if (outcome.Choice is not { } c)
            {
                continue;
            }

            var a = outcome.Actuals;
            Row(csv,
            [
                outcome.RecommendationId, outcome.Audience?.ToString(), Time(c.RecommendedAt), WireName.Of(c.RecommendedPath), WireName.Of(c.Path),
                c.TookRecommended ? "true" : "false", Time(c.At), c.PriceBook, c.PriceBookAsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Number(c.Estimate.WeeksP10), Number(c.Estimate.WeeksP50), Number(c.Estimate.WeeksP90), Number(a?.Weeks),
                Number(c.Estimate.CostP10Usd), Number(c.Estimate.CostP50Usd), Number(c.Estimate.CostP90Usd), Number(a?.CostUsd), a is null ? null : Time(a.At),
            ]);
        }

        return csv.ToString();
    }

    /// <summary>One cell, safe for spreadsheets and quoted when it must be.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var safe = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private static void Row(StringBuilder csv, string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            csv.Append(i == 0 ? string.Empty : ",").Append(Cell(cells[i]));
        }

        csv.Append("\r\n");
    }

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);
}
