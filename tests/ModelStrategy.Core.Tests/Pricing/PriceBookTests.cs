using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Pricing;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Tests.Pricing;

public sealed class PriceBookTests
{
    private static readonly DateOnly December = new(2026, 12, 1);

    [Fact]
    public void BuiltIn_EveryEntry_PassesTheRulesAndHasAUniqueKey()
    {
        var book = PriceBook.BuiltIn;

        var problems = PriceRules.CheckVersion(book.Version).Concat(book.Entries.SelectMany(e => PriceRules.CheckEntry(e.Id, e.Figure)));

        Assert.Empty(problems);
        Assert.Equal(book.Entries.Count, book.Entries.Select(e => e.Id).Distinct().Count());
        Assert.All(Gpus.All, gpu => Assert.Equal("USD/GPU-hour", book.GpuHour(gpu).Unit));
    }

    [Fact]
    public void Overlay_OneEntry_ReplacesItWholeAndKeepsEveryOther()
    {
        var mine = new Figure("H100 price (our contract)", 2.1, 2.0, 2.3, "USD/GPU-hour", "our cloud contract", "2026-11-30", "A");

        var book = PriceBook.BuiltIn.Overlay("2026-12", December, new Dictionary<string, Figure> { [PriceIds.H100OnDemand] = mine });

        Assert.Equal(("2026-12", December), (book.Version, book.AsOf));
        Assert.Equal(mine with { PriceId = PriceIds.H100OnDemand }, book.GpuHour(Gpus.H100));
        Assert.Equal(mine.Spread, book.GpuHour(Gpus.H100).Spread);
        Assert.All(book.Entries.Where(e => e.Id != PriceIds.H100OnDemand), e => Assert.Equal(PriceBook.BuiltIn[e.Id], e.Figure));
        Assert.Equal(PriceBook.BuiltIn.Entries.Select(e => e.Id), book.Entries.Select(e => e.Id));
        Assert.Equal(new PriceBookStamp("2026-12", December), book.Stamp);
    }

    [Theory]
    [InlineData(0, 1.8, 4.0, "USD/GPU-hour", "2026-11", "C", "gpu.h100.onDemand.value: must be more than 0")]
    [InlineData(-1, -2, 4.0, "USD/GPU-hour", "2026-11", "C", "gpu.h100.onDemand.low: must be more than 0")]
    [InlineData(5.0, 1.8, 4.0, "USD/GPU-hour", "2026-11", "C", "gpu.h100.onDemand.value: must be between low (1.8) and high (4)")]
    [InlineData(2.0, 3.0, 2.5, "USD/GPU-hour", "2026-11", "C", "gpu.h100.onDemand.low: must not be more than high (2.5)")]
    [InlineData(2.0, 1.0, 2e6, "USD/GPU-hour", "2026-11", "C", "gpu.h100.onDemand.high: must be at most 1,000,000")]
    [InlineData(2.0, 1.8, 4.0, "EUR/GPU-hour", "2026-11", "C", "gpu.h100.onDemand.unit: must be \"USD/GPU-hour\"")]
    [InlineData(2.0, 1.8, 4.0, "USD/GPU-hour", "November", "C", "gpu.h100.onDemand.asOf: must be a year, month or day")]
    [InlineData(2.0, 1.8, 4.0, "USD/GPU-hour", "2026-13", "C", "gpu.h100.onDemand.asOf: must be a year, month or day")]
    [InlineData(2.0, 1.8, 4.0, "USD/GPU-hour", "2026-11", "E", "gpu.h100.onDemand.grade: must be one of A, B, C, D, U")]
    public void Overlay_BadEntry_RefusesNamingTheEntryAndField(double value, double low, double high, string unit, string asOf, string grade, string expected)
    {
        var bad = new Figure("H100 price", value, low, high, unit, "vendor", asOf, grade);

        var error = Assert.Throws<ArgumentException>(() => PriceBook.BuiltIn.Overlay("2026-12", December, new Dictionary<string, Figure> { [PriceIds.H100OnDemand] = bad }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-2026")]
    [InlineData("book 2026")]
    [InlineData("2026-12\n")]
    [InlineData("a-version-that-is-far-too-long-to-show-on-a-card")]
    public void Overlay_BadVersion_RefusesNamingTheVersion(string version)
    {
        var error = Assert.Throws<ArgumentException>(() => PriceBook.BuiltIn.Overlay(version, December, new Dictionary<string, Figure>()));

        Assert.StartsWith("version: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlay_UnknownKey_RefusesListingTheKnownOnes()
    {
        var figure = PriceBook.BuiltIn[PriceIds.H100OnDemand];

        var error = Assert.Throws<ArgumentException>(() => PriceBook.BuiltIn.Overlay("2026-12", December, new Dictionary<string, Figure> { ["gpu.h200.onDemand"] = figure }));

        Assert.Contains("gpu.h200.onDemand: unknown price; the book has gpu.h100.onDemand, ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_AnyProject_TakesEveryPriceFromTheBookItWasGiven()
    {
        var book = TestBooks.Marked();
        var service = new RecommendationService(TimeProvider.System, new FixedPrices(book));
        var seen = new HashSet<string>();

        foreach (var project in TypicalProjects.All)
        {
            var r = service.Recommend(project.Constraints);
            var prices = r.Assumptions.Where(a => a.Unit.StartsWith("USD", StringComparison.Ordinal)).ToList();

            Assert.NotEmpty(prices);
            Assert.All(prices, a => Assert.StartsWith("book:", a.Source, StringComparison.Ordinal));
            Assert.Equal(book.Stamp, r.Prices);
            seen.UnionWith(prices.Select(a => a.Source));
        }

        // Between them the typical projects read the whole book but the GPUs kept for back-tests (A10G, A100 40GB).
        string[] backTestsOnly = [PriceIds.A10GOnDemand, PriceIds.A100With40GbOnDemand];
        Assert.Equal(book.Entries.Select(e => "book:" + e.Id).Except(backTestsOnly.Select(id => "book:" + id)).Order(), seen.Order());
    }

    [Fact]
    public void Recommend_MuchDearerGpus_CostsMoreAndSaysWhichBook()
    {
        var dear = TestBooks.Scaled([.. TestBooks.GpuIds.Select(id => (id, 10.0))]);
        var constraints = TypicalProjects.All.Single(p => p.Name.StartsWith("Strict-schema", StringComparison.Ordinal)).Constraints;

        var before = new RecommendationService(TimeProvider.System, new FixedPrices(PriceBook.BuiltIn)).Recommend(constraints);
        var after = new RecommendationService(TimeProvider.System, new FixedPrices(dear)).Recommend(constraints);

        Assert.True(after.Cost.P50 > before.Cost.P50 * 1.5, $"{before.Cost.P50} → {after.Cost.P50}");
        Assert.NotEqual(CostBands.Of(before.Cost.P50), CostBands.Of(after.Cost.P50));
        Assert.Equal("test-scaled", after.Prices!.Version);
        Assert.Equal(PriceBook.BuiltIn.Stamp, before.Prices);
        var gpuPrice = after.Assumptions.Single(a => a.Name == dear.GpuHour(Gpus.L40S).Name || a.Name == dear.GpuHour(Gpus.H100).Name);
        Assert.Equal(10 * PriceBook.BuiltIn[PriceIds.L40SOnDemand].Value, gpuPrice.Value, 6);
    }

    [Fact]
    public void Recommend_DearerApiTokens_MovesAHighVolumeApiProjectToOwnGpus()
    {
        var constraints = new ProjectConstraints
        {
            TaskType = TaskType.Qa, Need = Need.Knowledge, KnowledgeChange = KnowledgeChange.Weekly, RequestsPerDay = 5000,
            DataSensitivity = DataSensitivity.Internal, BudgetUsd = 200_000, DeadlineWeeks = 8,
        };
        var dear = TestBooks.Scaled((PriceIds.ApiFrontierInput, 20), (PriceIds.ApiFrontierOutput, 20));

        var before = new RecommendationService(TimeProvider.System, new FixedPrices(PriceBook.BuiltIn)).Recommend(constraints);
        var after = new RecommendationService(TimeProvider.System, new FixedPrices(dear)).Recommend(constraints);

        Assert.Equal(("rag", "api"), (WireOf(before.Path), before.Serving.Hosting));
        Assert.Equal("self-hosted", after.Serving.Hosting);
    }

    private static string WireOf(PathId path) => WireName.Of(path);
}
