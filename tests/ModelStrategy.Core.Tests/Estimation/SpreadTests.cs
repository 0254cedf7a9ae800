using ModelStrategy.Core.Estimation;

namespace ModelStrategy.Core.Tests.Estimation;

public sealed class SpreadTests
{
    [Theory]
    [InlineData(10, 5, 20, 5, 20)] // P10 and P90 given: kept
    [InlineData(10, 12, 8, 10, 10)] // low above the value, high below it: clamped to keep the order
    public void Range_KeepsP10AtMostP50AtMostP90(double value, double low, double high, double p10, double p90)
    {
        var spread = Spread.Range(value, low, high);

        Assert.Equal((p10, value, p90), (spread.P10, spread.P50, spread.P90));
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
