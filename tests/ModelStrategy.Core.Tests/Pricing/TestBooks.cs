using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Core.Tests.Pricing;

/// <summary>Price books for tests: the built-in one with some prices scaled, or with every source marked.</summary>
internal static class TestBooks
{
    /// <summary>The built-in book with each named price (value and range) multiplied by its factor.</summary>
    public static PriceBook Scaled(params (string Id, double Factor)[] changes) =>
        PriceBook.BuiltIn.Overlay("test-scaled", new DateOnly(2026, 12, 1), changes.ToDictionary(
            c => c.Id,
            c => PriceBook.BuiltIn[c.Id] with { Value = PriceBook.BuiltIn[c.Id].Value * c.Factor, Low = PriceBook.BuiltIn[c.Id].Low * c.Factor, High = PriceBook.BuiltIn[c.Id].High * c.Factor }));

    /// <summary>The built-in book with every source prefixed by "book:" and its key, so an assumption shows where it came from.</summary>
    public static PriceBook Marked() =>
        PriceBook.BuiltIn.Overlay("test-marked", new DateOnly(2026, 12, 1),
            PriceBook.BuiltIn.Entries.ToDictionary(e => e.Id, e => e.Figure with { Source = "book:" + e.Id }));

    /// <summary>The GPU prices, every type and market.</summary>
    public static IEnumerable<string> GpuIds => PriceBook.BuiltIn.Entries.Select(e => e.Id).Where(id => id.StartsWith("gpu.", StringComparison.Ordinal));

    public static Figure Figure(string id) => PriceBook.BuiltIn[id];
}

/// <summary>A fixed book, as the host's file-backed source would hand out.</summary>
internal sealed class FixedPrices(PriceBook book) : IPriceBookSource
{
    public PriceBook Current => book;
}
