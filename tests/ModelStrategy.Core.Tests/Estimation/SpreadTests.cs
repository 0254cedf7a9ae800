using ModelStrategy.Core.Estimation;

namespace ModelStrategy.Core.Tests.Estimation;

public sealed class SpreadTests
{
    [Fact]
    public void Range_GivenP10AndP90_ReproducesThem()
    {
        var spread = Spread.Range(10, 5, 20);

        Assert.Equal(10, spread.P50, 6);
        Assert.Equal(5, spread.P10, 6);
        Assert.Equal(20, spread.P90, 6);
    }

    [Fact]
    public void Sum_OfTwoSpreads_PreservesTheMean()
    {
        var a = Spread.Range(10, 5, 20);
        var b = Spread.Range(3, 2, 6);

        var sum = a + b;

        Assert.Equal(a.Mean + b.Mean, sum.Mean, 6);
        Assert.True(sum.P10 <= sum.P50 && sum.P50 <= sum.P90);
    }

    [Fact]
    public void Sum_WithZero_IsTheOtherSpread()
    {
        var a = Spread.Range(10, 5, 20);

        Assert.Equal(a, a + Spread.Zero);
        Assert.Equal(a, Spread.Zero + a);
    }

    [Fact]
    public void Product_MultipliesMediansAndAddsLogVariances()
    {
        var product = Spread.Range(10, 5, 20) * Spread.Range(3, 1.5, 6);

        Assert.Equal(30, product.P50, 6);
        Assert.True(product.P90 / product.P50 > 2, "a product is wider than either factor");
    }
}
