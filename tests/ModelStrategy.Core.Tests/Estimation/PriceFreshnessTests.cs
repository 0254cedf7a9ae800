using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Tests.Estimation;

public sealed class PriceFreshnessTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void OldestStalePrice_PricesOlderThanNinetyDays_ReturnsTheOldest()
    {
        Assumption[] assumptions = [Price("2026-05"), Price("2025-08"), Price("2026-10")];

        Assert.Equal("2025-08", PriceFreshness.OldestStalePrice(assumptions, Now));
    }

    [Fact]
    public void OldestStalePrice_ADayFromAPriceFile_CountsFromTheEndOfThatDay()
    {
        Assumption[] assumptions = [Price("2026-08-20"), Price("2026-08-25")];

        Assert.Equal("2026-08-20", PriceFreshness.OldestStalePrice(assumptions, Now));
    }

    [Fact]
    public void OldestStalePrice_AllRecentOrNotPrices_ReturnsNull()
    {
        Assumption[] assumptions = [Price("2026-10"), new("utilisation", 0.3, "fraction", 0.2, 0.4, "paper", "2020", "A"), Price("computed")];

        Assert.Null(PriceFreshness.OldestStalePrice(assumptions, Now));
    }

    [Fact]
    public void Recommend_WithDatedPrices_WarnsAboutStalePricesAgainstTheInjectedClock()
    {
        var old = new RecommendationService(new FixedTime(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero))).Recommend(new());
        var fresh = new RecommendationService(new FixedTime(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))).Recommend(new());

        Assert.Contains(old.Risks, r => r.Contains("older than 90 days", StringComparison.Ordinal));
        Assert.DoesNotContain(fresh.Risks, r => r.Contains("older than 90 days", StringComparison.Ordinal));
    }

    private static Assumption Price(string asOf) => new("GPU price", 2, "USD/GPU-hour", 1, 3, "vendor", asOf, "C");

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
