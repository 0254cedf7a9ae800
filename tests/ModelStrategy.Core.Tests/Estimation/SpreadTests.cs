using ModelStrategy.Core.Estimation;

namespace ModelStrategy.Core.Tests.Estimation;

public sealed class SpreadTests
{
    [Fact]
    public void Range_GivenP10AndP90_KeepsThem()
    {
        var spread = Spread.Range(10, 5, 20);

        Assert.Equal((5, 10, 20), (spread.P10, spread.P50, spread.P90));
    }

    [Fact]
    public void Range_LowAboveValue_IsClampedToKeepOrder()
    {
        var spread = Spread.Range(10, 12, 8);

        Assert.Equal((10, 10, 10), (spread.P10, spread.P50, spread.P90));
    }

    [Fact]
    public void Sum_AddsEachPercentile()
    {
        var sum = Spread.Range(10, 5, 20) + Spread.Range(3, 2, 6);

        Assert.Equal((7, 13, 26), (sum.P10, sum.P50, sum.P90));
    }

    [Fact]
    public void Sum_WithZero_IsTheOtherSpread()
    {
        var a = Spread.Range(10, 5, 20);

        Assert.Equal(a, a + Spread.Zero);
        Assert.Equal(a, Spread.Zero + a);
    }

    [Fact]
    public void Product_MultipliesMediansAndWidensInQuadrature()
    {
        var product = Spread.Range(10, 5, 20) * Spread.Range(3, 1.5, 6);

        Assert.Equal(30, product.P50, 9);
        Assert.Equal(30 * Math.Exp(-Math.Sqrt(2) * Math.Log(2)), product.P10, 9);
        Assert.Equal(30 * Math.Exp(Math.Sqrt(2) * Math.Log(2)), product.P90, 9);
    }

    [Fact]
    public void Product_WithCertainValue_ScalesOnly()
    {
        var product = Spread.Range(10, 5, 20) * Spread.Exactly(2);

        Assert.Equal((10, 20, 40), (Math.Round(product.P10, 9), product.P50, Math.Round(product.P90, 9)));
    }
}
