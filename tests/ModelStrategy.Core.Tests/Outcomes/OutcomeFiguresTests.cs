using ModelStrategy.Core.Outcomes;

namespace ModelStrategy.Core.Tests.Outcomes;

public sealed class OutcomeFiguresTests
{
    [Theory]
    [InlineData("10", "40000", 10, 40_000)]
    [InlineData("10 weeks", "$40k", 10, 40_000)]
    [InlineData(" 2.5 wks ", "40,000 USD", 2.5, 40_000)]
    [InlineData("3 months", "1.2M", 13, 1_200_000)]
    [InlineData("520", "0", 520, 0)]
    public void Read_FiguresAsPeopleTypeThem_AreWeeksAndDollars(string weeks, string cost, double expectedWeeks, double expectedCost)
    {
        var figures = OutcomeFigures.Read(weeks, cost);

        Assert.Empty(figures.Errors);
        Assert.Equal((expectedWeeks, expectedCost), (figures.Weeks!.Value, figures.CostUsd!.Value));
    }

    [Theory]
    [InlineData("abc", "40k", "Weeks: \"abc\" isn't a number of weeks. Type it like 10 or 10 weeks (or 3 months).")]
    [InlineData("0", "40k", "Weeks: give a time between a few days and 520 weeks (ten years).")]
    [InlineData("521", "40k", "Weeks: give a time between a few days and 520 weeks (ten years).")]
    [InlineData("-3", "40k", "Weeks: \"-3\" isn't a number of weeks. Type it like 10 or 10 weeks (or 3 months).")]
    [InlineData("10", "-5", "Cost: \"-5\" isn't an amount. Type it in US dollars like 40000, $40k or 1.2M.")]
    [InlineData("10", "2000M", "Cost: give an amount between $0 and $1 billion.")]
    [InlineData("10", "=1+1", "Cost: \"=1+1\" isn't an amount. Type it in US dollars like 40000, $40k or 1.2M.")]
    [InlineData("", "40k", "Weeks: say about how many weeks it took to launch, e.g. 10.")]
    [InlineData("10", " ", "Cost: say about what it cost in US dollars, e.g. 40k.")]
    public void Read_OutOfBoundsOrUnreadable_SaysWhichFieldAndWhatWorks(string weeks, string cost, string error)
    {
        var figures = OutcomeFigures.Read(weeks, cost);

        Assert.Equal(error, Assert.Single(figures.Errors));
    }

    [Theory]
    [InlineData("10 weeks, $40k", 10, 40_000)]
    [InlineData("took 3 months and cost about 120k", 13, 120_000)]
    [InlineData("$55,000 and 8 weeks", 8, 55_000)]
    public void ReadSentence_OneTypedLine_FindsBothFigures(string text, double weeks, double cost)
    {
        var figures = OutcomeFigures.ReadSentence(text);

        Assert.Empty(figures.Errors);
        Assert.Equal((weeks, cost), (figures.Weeks!.Value, figures.CostUsd!.Value));
    }

    [Fact]
    public void ReadSentence_WithoutAUnitOfTime_AsksForTheWeeks()
    {
        var figures = OutcomeFigures.ReadSentence("40k");

        Assert.Equal(["Weeks: say about how many weeks it took to launch, e.g. 10."], figures.Errors);
        Assert.Equal(40_000, figures.CostUsd);
    }
}
