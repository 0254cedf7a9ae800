using ModelStrategy.Bot.Reports.Charts;

namespace ModelStrategy.Bot.Tests.Reports;

public sealed class ScaleTests
{
    [Theory]
    [InlineData(33_000, 143_000, 20_000, 200_000)]
    [InlineData(16_000, 253_000, 10_000, 500_000)]
    [InlineData(1, 6, 1, 10)]
    [InlineData(2_993_597, 12e6, 2e6, 20e6)]
    [InlineData(26_000, 26_000, 20_000, 50_000)]
    [InlineData(20_000, 20_000, 2_000, 200_000)] // one round value: a decade either side
    public void LogScale_Covering_NiceBoundsAroundTheValues(double low, double high, double min, double max)
    {
        var scale = LogScale.Covering([low, high], 200, 700);

        Assert.Equal((min, max), (scale.Min, scale.Max));
        Assert.Equal((200.0, 700.0), (scale.X(scale.Min), scale.X(scale.Max)));
    }

    [Theory]
    [InlineData(10_000, 500_000)]
    [InlineData(10_000, 20e6)]
    [InlineData(1, 1e11)]
    [InlineData(100, 200)]
    public void LogScale_Ticks_SpacedAndInsideTheAxis(double low, double high)
    {
        var scale = LogScale.Covering([low, high], 204, 736);

        var xs = scale.Ticks.Select(scale.X).ToList();

        Assert.True(scale.Ticks.Count >= 2, $"{scale.Ticks.Count} ticks");
        Assert.All(scale.Ticks, t => Assert.InRange(t, scale.Min, scale.Max));
        Assert.All(xs.Zip(xs.Skip(1)), p => Assert.True(p.Second - p.First >= 64 - 1e-6, $"ticks {p.Second - p.First:0.#} apart"));
    }

    [Fact]
    public void LogScale_X_LogarithmicAndClamped()
    {
        var scale = LogScale.Covering([10, 1000], 0, 100);

        Assert.Equal(50, scale.X(100), precision: 6);
        Assert.Equal(0, scale.X(0));
        Assert.Equal(100, scale.X(1e9));
    }

    [Theory]
    [InlineData(17.1, 20)]
    [InlineData(8.5, 10)]
    [InlineData(100, 100)]
    [InlineData(0.3, 0.3)]
    [InlineData(0.33, 0.35)]
    public void LinearScale_Covering_RoundTopAndEvenTicks(double largest, double top)
    {
        var scale = LinearScale.Covering(largest, 0, 500);

        var steps = scale.Ticks.Zip(scale.Ticks.Skip(1)).Select(p => Math.Round(p.Second - p.First, 9)).Distinct();

        Assert.Equal(top, scale.Max);
        Assert.Equal(0, scale.Ticks[0]);
        Assert.Equal(top, scale.Ticks[^1]);
        Assert.Single(steps);
        Assert.Equal(250, scale.X(top / 2), precision: 6);
    }
}
