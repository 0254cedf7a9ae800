using ModelStrategy.Core.Formatting;

namespace ModelStrategy.Core.Tests.Formatting;

public sealed class DisplayTests
{
    [Theory]
    [InlineData(450, "$450")]
    [InlineData(18_400, "$18k")]
    [InlineData(26_000, "$26k")]
    [InlineData(1_240_000, "$1.2M")]
    [InlineData(12_500_000, "$13M")]
    public void Money_RoundsToTwoSignificantFigures(double usd, string expected) => Assert.Equal(expected, Display.Money(usd));

    [Theory]
    [InlineData(1, "1 week")]
    [InlineData(2.4, "2.5 weeks")]
    [InlineData(6, "6 weeks")]
    [InlineData(13.2, "13 weeks")]
    [InlineData(52, "12 months")]
    public void Duration_WeeksUpToSixMonthsThenMonths(double weeks, string expected) => Assert.Equal(expected, Display.Duration(weeks));

    [Fact]
    public void MoneyRange_ReadsAsRangeWithMostLikely() =>
        Assert.Equal("$18k–$45k, most likely $26k", Display.MoneyRange(18_000, 26_000, 45_000));
}
