using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Core.Tests.Pricing;

public sealed class PriceImpactTests
{
    [Fact]
    public void TypicalProjects_UnderTheBuiltInBook_CoverEveryPath()
    {
        var paths = TypicalProjects.All.Select(p => PriceImpact.Outcome(p.Constraints, PriceBook.BuiltIn).Path).ToHashSet();

        Assert.Equal(Enum.GetValues<PathId>().Order(), paths.Order());
    }

    [Fact]
    public void Of_TheSameBook_ChangesNothing()
    {
        var impacts = PriceImpact.Of(PriceBook.BuiltIn, PriceBook.BuiltIn);

        Assert.Equal(TypicalProjects.All.Count, impacts.Count);
        Assert.All(impacts, i => Assert.Equal(i.Before, i.After));
        Assert.Empty(PriceChanges.Between(PriceBook.BuiltIn, PriceBook.BuiltIn));
    }

    [Fact]
    public void Of_TenfoldGpuPrices_ChangesGpuHeavyProjectsAndLeavesApiOnesAlone()
    {
        var dear = TestBooks.Scaled([.. TestBooks.GpuIds.Select(id => (id, 10.0))]);

        var impacts = PriceImpact.Of(PriceBook.BuiltIn, dear);

        var scratch = impacts.Single(i => i.Before.Path == PathId.FromScratch);
        Assert.True(scratch.PathChanged, $"{scratch.Name}: still {scratch.After.PathName}");
        Assert.Contains(impacts, i => i.BandChanged && !i.PathChanged);
        var prompting = impacts.Single(i => i.Before.Path == PathId.Prompting);
        Assert.Equal(prompting.Before, prompting.After);
        Assert.All(impacts.Where(i => !i.PathChanged), i => Assert.True(i.After.CostP50 >= i.Before.CostP50, i.Name));
    }

    [Fact]
    public void Between_OneValueChanged_NamesThatEntryAndField()
    {
        var book = TestBooks.Scaled((PriceIds.Embedding, 2));

        var changes = PriceChanges.Between(PriceBook.BuiltIn, book);

        var change = Assert.Single(changes);
        Assert.Equal(PriceIds.Embedding, change.Id);
        Assert.Equal(["value", "low", "high"], change.Fields);
        Assert.Equal(2 * change.Before.Value, change.After.Value, 9);
    }

    [Theory]
    [InlineData(0, "under $10k")]
    [InlineData(9_999, "under $10k")]
    [InlineData(10_000, "$10k–$30k")]
    [InlineData(68_000, "$30k–$100k")]
    [InlineData(100_000, "$100k–$300k")]
    [InlineData(6_000_000, "$3M–$10M")]
    [InlineData(2e8, "$100M or more")]
    public void CostBands_Of_PutsEachCostInItsHalfDecade(double usd, string band) => Assert.Equal(band, CostBands.Of(usd));
}
