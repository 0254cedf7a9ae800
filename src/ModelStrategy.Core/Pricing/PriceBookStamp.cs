using System.Globalization;
using System.Text.Json.Serialization;

namespace ModelStrategy.Core.Pricing;

/// <summary>Which price book a recommendation was computed with: shown on every card and report.</summary>
/// <param name="Version">The book's version, e.g. "2026-12".</param>
/// <param name="AsOf">The day the book's prices were last reviewed.</param>
public sealed record PriceBookStamp(string Version, DateOnly AsOf)
{
    /// <summary>The book in words, e.g. "book 2026-12 (as of 2026-11-30)".</summary>
    [JsonIgnore]
    public string Name => string.Create(CultureInfo.InvariantCulture, $"book {Version} (as of {AsOf:yyyy-MM-dd})");

    /// <summary>The one line cards and reports show, e.g. "Prices: book 2026-12 (as of 2026-11-30)".</summary>
    [JsonIgnore]
    public string Line => "Prices: " + Name;
}
